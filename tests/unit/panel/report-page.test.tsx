import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPageButton } from '@/components/panel/ReportPageButton';
import { readPageStructure } from '@/lib/report/page-structure';
import { makeEnv, renderWithEnv } from './helpers';

const URL_ = 'https://app.hubspot.com/contacts/4021119/record/0-1/51234501?q=Jane';
const PAGE = `<main data-record-id="51234501"><h1>Jane Doe</h1><span>Company</span>
<a href="mailto:jane@acme-widgets.com">jane@acme-widgets.com</a><b>&lt;img src=x onerror=alert(1)&gt;</b></main>`;

function structure() {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  return readPageStructure(doc, URL_);
}

/** The text of every Blob the panel turns into a download. */
function captureDownloads(): Promise<string>[] {
  const files: Promise<string>[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push((blob as Blob).text());
    return 'blob:report';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return files;
}

afterEach(() => vi.restoreAllMocks());

describe('Report this page', () => {
  it('shows the page’s words unticked, and downloads only what was ticked', async () => {
    const files = captureDownloads();
    const readPage = vi.fn(async () => structure());
    renderWithEnv(<ReportPageButton tabId={7} signal={null} />, makeEnv({ readPage }));
    await userEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report this page' });
    expect(readPage).toHaveBeenCalledWith(7);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('div')!.textContent)).toEqual([
      'Jane Doe',
      'Company',
      'jane@acme-widgets.com',
      '<img src=x onerror=alert(1)>',
    ]);
    // Page strings are text, never markup.
    expect(dialog.querySelector('img')).toBeNull();
    for (const box of boxes) expect(box).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Company' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(files).toHaveLength(1);
    const file = await files[0]!;
    expect(file).toContain('"Company"');
    expect(file).toContain('data-record-id');
    expect(file).not.toContain('Jane');
    expect(file).not.toContain('acme-widgets');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Saved callprep-report-page-.*\.json/);
  });

  it('refuses an answer that is not a page structure, and saves nothing', async () => {
    const files = captureDownloads();
    const readPage = vi.fn(async () => ({
      url: URL_,
      root: { tag: '<script>', attrs: [], children: [] },
    }));
    renderWithEnv(<ReportPageButton tabId={7} signal={null} />, makeEnv({ readPage }));
    await userEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot read this page/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(files).toHaveLength(0);
  });

  it('Escape closes the dialog and returns to the button', async () => {
    renderWithEnv(
      <ReportPageButton tabId={7} signal={null} />,
      makeEnv({ readPage: async () => structure() }),
    );
    const button = screen.getByRole('button', { name: 'Report this page' });
    await userEvent.click(button);
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('is not offered without a tab to read', () => {
    renderWithEnv(
      <ReportPageButton tabId={null} signal={null} />,
      makeEnv({ readPage: async () => structure() }),
    );
    expect(screen.queryByRole('button', { name: 'Report this page' })).toBeNull();
  });
});
