import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyRecord } from '@/components/workspace/MyRecord';
import { WorkspaceEnvProvider } from '@/components/workspace/env';
import { commitments } from '@/lib/db/commitments';
import { customers } from '@/lib/db/customers';
import { meetings } from '@/lib/db/meetings';
import { freshDb } from '../db/helpers';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 15, 12);

describe('My record', () => {
  it('draws each component as a chart with a title and its numbers in text, and who pulls it down', async () => {
    const db = freshDb();
    const late = await customers.create(db, { name: 'Late Logistics' });
    await commitments.create(db, {
      customerId: late.id,
      text: 'Send the proposal',
      owner: 'us',
      dueAt: NOW - 5 * DAY,
    });
    await meetings.create(db, {
      customerId: late.id,
      title: 'Review',
      startsAt: NOW - 3 * DAY,
      status: 'done',
      readinessAtStart: { percent: 60, ready: false, at: NOW - 3 * DAY },
    });
    render(
      <WorkspaceEnvProvider env={{ db, now: () => NOW, hosts: null, storage: null }}>
        <MyRecord />
      </WorkspaceEnvProvider>,
    );
    const ours = await screen.findByRole('figure', { name: 'Our promises kept on time' });
    expect(within(ours).getByRole('img', { name: 'Our promises kept on time' })).toBeVisible();
    expect(within(ours).getByRole('row', { name: /Dec/ })).toHaveTextContent('0% of 1');
    const prepared = screen.getByRole('figure', { name: 'Prepared: readiness at the start' });
    expect(within(prepared).getByRole('row', { name: /Dec/ })).toHaveTextContent(
      '60% on average over 1',
    );
    expect(within(prepared).getByRole('row', { name: /Nov/ })).toHaveTextContent('not recorded');
    expect(screen.getAllByRole('link', { name: 'Late Logistics' })[0]).toHaveAttribute(
      'href',
      `#customers/${late.id}`,
    );
  });
});
