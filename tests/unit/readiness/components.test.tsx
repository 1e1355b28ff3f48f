import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '@/components/Checklist';
import { ReadinessMeter } from '@/components/ReadinessMeter';
import { makeItem } from './fixtures';

describe('ReadinessMeter', () => {
  it('is a meter with values and the percentage in words', () => {
    render(<ReadinessMeter percent={60} ready={false} label="Readiness of Check-in" />);
    const meter = screen.getByRole('meter', { name: 'Readiness of Check-in' });
    expect(meter).toHaveAttribute('aria-valuenow', '60');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '60% ready');
    expect(meter).toHaveTextContent('60% ready');
  });

  it('says Ready when every required item is done', () => {
    render(<ReadinessMeter percent={100} ready />);
    expect(screen.getByRole('meter')).toHaveTextContent('Ready');
    expect(screen.getByRole('meter').className).toContain('is-ready');
  });

  it('clamps values and says when there is no checklist', () => {
    const { rerender } = render(<ReadinessMeter percent={140} ready={false} />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '100');
    rerender(<ReadinessMeter percent={0} ready empty />);
    expect(screen.getByRole('meter')).toHaveTextContent('No checklist');
  });
});

describe('Checklist', () => {
  const items = [
    makeItem({
      text: 'Agenda set and sent',
      section: 'Be there',
      rule: 'agenda-set',
      required: true,
      order: 1,
    }),
    makeItem({ text: 'Three questions', section: 'Know their goals', required: true, order: 0 }),
    makeItem({ text: 'Laptop charged', section: 'Be there', done: true, order: 2 }),
  ];

  it('groups items by section in checklist order', () => {
    render(<Checklist items={items} onToggle={() => {}} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Know their goals', 'Be there']);
    expect(screen.getByRole('group', { name: 'Be there' })).toBeInTheDocument();
  });

  it('ticks manual items with the mouse and the keyboard', async () => {
    const onToggle = vi.fn();
    render(<Checklist items={items} onToggle={onToggle} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /three questions/i }));
    expect(onToggle).toHaveBeenCalledWith(items[1], true);
    screen.getByRole('checkbox', { name: /laptop charged/i }).focus();
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenLastCalledWith(items[2], false);
  });

  it('shows auto items with their reason and never toggles them by hand', async () => {
    const onToggle = vi.fn();
    const onFix = vi.fn();
    render(
      <Checklist
        items={items}
        onToggle={onToggle}
        onFix={onFix}
        rules={{
          'agenda-set': {
            done: false,
            why: 'No agenda yet',
            fix: { section: 'agenda', label: 'Write the agenda' },
          },
        }}
      />,
    );
    const auto = screen.getByRole('checkbox', { name: /agenda set and sent/i });
    expect(auto).not.toBeChecked();
    expect(auto).toHaveAttribute('aria-readonly', 'true');
    // Unmet, it must not claim to be "checked": it says it is not met and ticks itself.
    expect(auto).toHaveAccessibleDescription(
      /^required\. not met yet; ticks itself once fixed\. no agenda yet$/i,
    );
    await userEvent.click(auto);
    expect(auto).not.toBeChecked();
    expect(onToggle).not.toHaveBeenCalled();
    // A click on the unmet item does something: it goes where the item is fixed.
    expect(onFix).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Write the agenda' }));
    expect(onFix).toHaveBeenCalledWith({ section: 'agenda', label: 'Write the agenda' }, items[0]);
  });

  it('says so when there is no checklist', () => {
    render(<Checklist items={[]} onToggle={() => {}} />);
    expect(screen.getByText(/no checklist/i)).toBeInTheDocument();
  });
});
