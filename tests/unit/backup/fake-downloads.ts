import type { DownloadsApi } from '@/lib/backup/write';

export type FakeDownload = { id: number; url: string; filename: string; removed: boolean };

/**
 * browser.downloads as far as the backup uses it (fakeBrowser has none): every
 * download is kept with its URL, `failWith` makes the next one fail, and files
 * other extensions or the seller saved can be put in the list to see that they
 * are never touched.
 */
export function fakeDownloads(): DownloadsApi & {
  items: FakeDownload[];
  failWith: string | null;
  interruptWith: string | null;
  erased: number[];
} {
  const items: FakeDownload[] = [];
  const erased: number[] = [];
  let next = 1;
  const api = {
    items,
    erased,
    failWith: null as string | null,
    interruptWith: null as string | null,
    async download(options: { url: string; filename: string }) {
      if (api.failWith) throw new Error(api.failWith);
      const item = { id: next++, url: options.url, filename: options.filename, removed: false };
      items.push(item);
      return item.id;
    },
    async search(query: { id: number }) {
      const item = items.find((i) => i.id === query.id);
      if (!item) return [];
      return api.interruptWith
        ? [{ id: item.id, state: 'interrupted', error: api.interruptWith }]
        : [{ id: item.id, state: 'complete' }];
    },
    async removeFile(id: number) {
      const item = items.find((i) => i.id === id);
      if (!item || item.removed) throw new Error('Download file already deleted');
      item.removed = true;
    },
    async erase(query: { id: number }) {
      erased.push(query.id);
      return [query.id];
    },
  };
  return api;
}

/** The JSON text a data: or blob URL of the fake carries. */
export function textOfDataUrl(url: string): string {
  const base64 = url.replace(/^data:application\/json;base64,/, '');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
