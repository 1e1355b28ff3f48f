import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { syncCustomHosts } from '@/lib/sites/custom-hosts';
import { TABLE_NAMES, type TableName } from '@/lib/db/models';
import {
  backupFileName,
  backupToJson,
  exportBackup,
  previewRestore,
  readBackup,
  readBackupFile,
  restoreBackup,
  type Backup,
  type LeftOutRow,
  type RestoreMode,
  type RestorePreview,
} from '@/lib/io/backup';
import { describeWriteError } from '@/lib/io/errors';
import { backupBeforeRestore, backupFailureNote } from '@/lib/backup/before-change';
import { autoBackupFileName, BACKUP_FOLDER } from '@/lib/backup/file-name';
import { backupStatusInWords } from '@/lib/backup/status-words';
import { probeIndexedDb, storageWarningInWords } from '@/lib/backup/storage-health';
import { writeAutoBackup } from '@/lib/backup/write';
import { useAutoBackup } from './useAutoBackup';
import { CsvImport } from './CsvImport';
import { errorText, useWorkspaceEnv } from './env';

export const TABLE_LABELS: Record<TableName, string> = {
  customers: 'Customers',
  contacts: 'Contacts',
  goals: 'Goals',
  meetings: 'Meetings',
  checklistItems: 'Checklist items',
  templates: 'Templates',
  commitments: 'Promises',
  notes: 'Notes',
  news: 'News',
  questions: 'Questions',
  referrals: 'Referrals',
};

export function DataSection() {
  return (
    <section aria-labelledby="data-title" className="stack">
      <h1 id="data-title">Import and export</h1>
      <CsvImport />
      <BackupCard />
      <StorageCard />
    </section>
  );
}

/**
 * Before "Replace everything" with automatic backup off: what is here now, as
 * a backup file in Downloads, and the sentence that says where (empty when
 * there is nothing to keep).
 */
async function safetyCopy(db: ReturnType<typeof useWorkspaceEnv>['db'], at: number) {
  const here = await exportBackup(db, at);
  if (Object.values(here.counts).every((n) => n === 0)) return '';
  // "callprep-backup-2026-12-03-0912.json" → "callprep-before-restore-2026-12-03-0912.json"
  const name = autoBackupFileName(at)
    .replace(`${BACKUP_FOLDER}/`, '')
    .replace('callprep-backup-', 'callprep-before-restore-');
  downloadText(backupToJson(here), name);
  return ` What was here before is saved in your Downloads folder as ${name}.`;
}

/** Saves text as a file through a Blob URL and a temporary <a download>. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function BackupCard() {
  const { db, now, hosts, backup } = useWorkspaceEnv();
  const id = useId();
  const [exportState, setExportState] = useState<string | null>(null);
  const [file, setFile] = useState<{
    name: string;
    backup: Backup;
    leftOut: LeftOutRow[];
  } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function doExport() {
    setError(null);
    try {
      const backup = await exportBackup(db, now());
      downloadText(backupToJson(backup), backupFileName(now()));
      const total = Object.values(backup.counts).reduce((a, b) => a + b, 0);
      setExportState(`Exported ${total.toLocaleString()} records.`);
    } catch (e) {
      setError(`Could not export: ${errorText(e)}`);
    }
  }

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    setError(null);
    setDone(null);
    setFile(null);
    setPreview(null);
    try {
      const { backup, leftOut } = readBackup(await readBackupFile(chosen));
      setFile({ name: chosen.name, backup, leftOut });
    } catch (err) {
      setError(errorText(err));
    }
  }

  useEffect(() => {
    if (!file) return;
    let live = true;
    previewRestore(db, file.backup, mode, { leaveOut: file.leftOut }).then(
      (p) => live && (setPreview(p), setError(null)),
      (e) => live && (setPreview(null), setError(errorText(e))),
    );
    return () => {
      live = false;
    };
  }, [db, file, mode]);

  const leftOut = file && preview ? [...file.leftOut, ...preview.leftOut] : [];

  async function restore() {
    if (!file || !preview) return;
    setBusy(true);
    setError(null);
    try {
      // What is here now goes to a file first: the automatic backup when it is on;
      // before a Replace without it, a download of its own (no permission needed
      // from a page), since Replace deletes what the file does not hold.
      const auto = backup ? await backupBeforeRestore({ db, now, browser: backup }) : null;
      let before = auto ? backupFailureNote(auto) : '';
      if (auto?.ok) before = ` What was here before is saved in Downloads as ${auto.filename}.`;
      else if (mode === 'replace') before = (await safetyCopy(db, now())) + before;
      await restoreBackup(db, file.backup, mode, { leaveOut: leftOut });
      if (hosts?.scripting && mode === 'replace') {
        await syncCustomHosts(hosts, file.backup.settings.customHosts).catch(() => []);
      }
      const without = leftOut.length
        ? ` ${leftOut.length.toLocaleString()} ${leftOut.length === 1 ? 'record was' : 'records were'} left out.`
        : '';
      setDone(
        (mode === 'replace'
          ? `Restored ${file.name}: this browser now holds exactly the backup.`
          : `Merged ${file.name}: newer records from the backup were added.`) +
          without +
          before,
      );
      setFile(null);
      setPreview(null);
    } catch (e) {
      setError(`Nothing was changed. ${describeWriteError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Backup</h2>
      <p className="muted">
        Everything Callprep keeps is in this browser only. Export a backup file now and then;
        restore it here or in another browser.
      </p>
      <AutoBackupStatus />
      <div className="row">
        <button type="button" onClick={doExport}>
          Export backup
        </button>
        <span role="status" className="muted">
          {exportState}
        </span>
      </div>
      <label htmlFor={`${id}-file`}>Restore from a backup file</label>
      <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={choose} />
      {error && (
        <p role="alert" className="alert-danger">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="alert-good">
          {done}
        </p>
      )}
      {file && (
        <div className="stack">
          <p>
            <strong>{file.name}</strong>: exported{' '}
            {new Date(file.backup.exportedAt).toLocaleString()}.
          </p>
          <fieldset className="stack">
            <legend>How to restore</legend>
            <label>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              Merge: add what is new, keep the newer version of each record
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              Replace: this browser’s data becomes exactly the backup
            </label>
          </fieldset>
          {leftOut.length > 0 && <LeftOutList rows={leftOut} />}
          {preview && (
            <table className="counts-table" aria-label="What the restore would do">
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">In file</th>
                  <th scope="col">Add</th>
                  <th scope="col">Update</th>
                  <th scope="col">{mode === 'merge' ? 'Keep ours' : 'Remove'}</th>
                </tr>
              </thead>
              <tbody>
                {TABLE_NAMES.map((t) => {
                  const p = preview.tables[t];
                  return (
                    <tr key={t}>
                      <th scope="row">{TABLE_LABELS[t]}</th>
                      <td>{p.inFile.toLocaleString()}</td>
                      <td>{p.add.toLocaleString()}</td>
                      <td>{p.update.toLocaleString()}</td>
                      <td>{(mode === 'merge' ? p.keep : p.remove).toLocaleString()}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <div className="row">
            <button
              type="button"
              className={mode === 'replace' ? 'danger' : 'primary'}
              disabled={!preview || busy}
              onClick={restore}
            >
              {busy
                ? 'Restoring…'
                : leftOut.length > 0
                  ? 'Restore the rest'
                  : mode === 'replace'
                    ? 'Replace everything'
                    : 'Merge backup'}
            </button>
            <button type="button" onClick={() => (setFile(null), setPreview(null))}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

const MAX_LEFT_OUT_LISTED = 200;

/**
 * The rows a restore would leave out, in words, each with the table, row and
 * field beneath (what a bug report needs). An alert: the seller must see it
 * before choosing to restore the rest.
 */
function LeftOutList({ rows }: { rows: LeftOutRow[] }) {
  return (
    <div role="alert" className="alert-danger stack">
      <p>
        {rows.length === 1
          ? 'One record in this backup cannot be restored:'
          : `${rows.length.toLocaleString()} records in this backup cannot be restored:`}
      </p>
      <ul className="rejected-list">
        {rows.slice(0, MAX_LEFT_OUT_LISTED).map((r, i) => (
          <li key={i}>
            {r.what}.<br />
            <small className="muted">Details: {r.details}</small>
          </li>
        ))}
        {rows.length > MAX_LEFT_OUT_LISTED && (
          <li className="muted">…and {rows.length - MAX_LEFT_OUT_LISTED} more</li>
        )}
      </ul>
      <p>
        “Restore the rest” restores everything else, in one step: if anything goes wrong, nothing is
        changed.
      </p>
    </div>
  );
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

function StorageCard() {
  const { storage } = useWorkspaceEnv();
  const id = useId();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [indexedDb, setIndexedDb] = useState<boolean | null>(null);
  const { state, granted } = useAutoBackup();
  useEffect(() => {
    void probeIndexedDb(globalThis.indexedDB).then(setIndexedDb);
  }, []);
  const warning = storageWarningInWords({
    indexedDb,
    persisted,
    autoBackup: granted && state?.enabled === true,
  });

  async function refresh() {
    if (!storage) return;
    const [p, e] = await Promise.all([
      storage.persisted().catch(() => false),
      storage.estimate().catch(() => null),
    ]);
    setPersisted(p);
    setEstimate(e);
  }
  useEffect(() => {
    void refresh();
  }, [storage]); // eslint-disable-line react-hooks/exhaustive-deps

  async function ask() {
    if (!storage) return;
    const granted = await storage.persist().catch(() => false);
    setMessage(
      granted
        ? 'Done: the browser will not clear Callprep’s data to free space.'
        : 'The browser said no for now; it may allow it later as you use Callprep more.',
    );
    await refresh();
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Storage</h2>
      {warning && (
        <p role="alert" className="alert-danger">
          {warning}
        </p>
      )}
      {!storage ? (
        <p className="muted">This browser does not report its storage.</p>
      ) : (
        <>
          <p>
            Persistent storage:{' '}
            <strong>{persisted === null ? 'checking…' : persisted ? 'on' : 'off'}</strong>
            {persisted === false &&
              ' — when the disk is nearly full, the browser may clear data that is not persistent.'}
          </p>
          {estimate?.usage !== undefined && (
            <p>
              Used: <strong>{formatBytes(estimate.usage)}</strong>
              {estimate.quota ? ` of ${formatBytes(estimate.quota)} available` : ''}
            </p>
          )}
          {persisted === false && (
            <div className="row">
              <button type="button" onClick={ask}>
                Keep my data (ask for persistent storage)
              </button>
            </div>
          )}
          {message && (
            <p role="status" className="muted">
              {message}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/**
 * "Last backup: today 09:12" (or what went wrong, or that it is off), and a
 * button to write one now when automatic backup is on.
 */
function AutoBackupStatus() {
  const { db, now } = useWorkspaceEnv();
  const { api, state, granted } = useAutoBackup();
  const [busy, setBusy] = useState(false);
  if (!api || !state) return null;
  const status = backupStatusInWords(state, granted, now());
  const on = granted && state.enabled;

  async function backUpNow() {
    if (!api) return;
    setBusy(true);
    // The result shows through the status line (the state changes, and is read again).
    await writeAutoBackup({ db, now, browser: api }, 'manual').finally(() => setBusy(false));
  }

  return (
    <div className="row">
      <p
        role="status"
        className={status.tone === 'warn' ? 'alert-danger' : status.tone === 'good' ? '' : 'muted'}
      >
        {status.text}
      </p>
      {on && (
        <button type="button" onClick={backUpNow} disabled={busy}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      )}
    </div>
  );
}
