/**
 * Where the browser may lose Callprep's data, in words for the workspace: no
 * IndexedDB at all (Firefox set to "Never remember history" gives extensions
 * none, w3c/webextensions#534), or storage the browser may clear when the disk
 * runs low. Null when all is well (or not known yet).
 */
export function storageWarningInWords(health: {
  indexedDb: boolean | null;
  persisted: boolean | null;
  autoBackup: boolean;
}): string | null {
  if (health.indexedDb === false) {
    return 'This browser does not let Callprep keep data: nothing you enter is saved. In Firefox, this happens when History is set to “Never remember history” (Settings → Privacy & Security); choose “Remember history” or “Use custom settings” and restart Firefox.';
  }
  if (health.persisted === false) {
    const backup = health.autoBackup
      ? 'Your automatic backups in the Downloads folder are your safety net.'
      : 'Turn on automatic backup in Settings so a copy is kept outside the browser.';
    return `The browser may clear Callprep’s data when the disk runs low (storage is not persistent). ${backup}`;
  }
  return null;
}

/** Opens (and deletes) a probe database: false where the browser refuses IndexedDB. */
export function probeIndexedDb(factory: IDBFactory | undefined): Promise<boolean> {
  if (!factory) return Promise.resolve(false);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open('callprep-probe');
    } catch {
      return resolve(false);
    }
    request.onsuccess = () => {
      request.result.close();
      factory.deleteDatabase('callprep-probe');
      resolve(true);
    };
    request.onerror = () => resolve(false);
  });
}
