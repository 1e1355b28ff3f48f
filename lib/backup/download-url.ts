/** `URL.createObjectURL` and its release, where the context has them. */
export type ObjectUrls = {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
};

/** The bytes of a string as base64, in chunks (one `String.fromCharCode` of MBs overflows the stack). */
function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * A URL `downloads.download` can save the backup from. Pages and Firefox's
 * background (an event page) have `URL.createObjectURL`: a blob URL, released
 * once the file is written. Chrome's MV3 service worker has none, so there it is
 * a base64 `data:` URL of the JSON (Chromium accepts data: URLs of hundreds of
 * MB; base64 costs a third more than the file, percent-encoding JSON's quotes
 * and braces far more).
 */
export function backupDownloadUrl(
  json: string,
  urls: ObjectUrls | undefined,
): { url: string; release(): void } {
  if (urls && typeof urls.createObjectURL === 'function') {
    const url = urls.createObjectURL(new Blob([json], { type: 'application/json' }));
    return { url, release: () => urls.revokeObjectURL(url) };
  }
  return { url: `data:application/json;base64,${base64Utf8(json)}`, release: () => {} };
}

/** The context's object-URL functions, or undefined in a service worker. */
export function contextObjectUrls(): ObjectUrls | undefined {
  return typeof URL.createObjectURL === 'function' ? URL : undefined;
}
