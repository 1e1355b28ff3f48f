import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db';
import { describeCustomerRows } from '@/lib/db/customers';
import { planSampleRemoval, type SampleRemoval } from '@/lib/sample/removal';
import {
  hasSampleWorkspace,
  loadSampleWorkspace,
  removeSampleWorkspace,
} from '@/lib/sample/workspace';
import { errorText } from './env';

/**
 * The first thing a new seller sees: what Callprep does, and a sample workspace
 * that shows it working in a minute (removable without touching their own data).
 */
export function Welcome() {
  const db = getDb();
  const loaded = useLiveQuery(() => hasSampleWorkspace(db), [db]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // "Remove" first says what goes, and what of it is the seller's own, then asks.
  const [removal, setRemoval] = useState<SampleRemoval | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      // The sample has meetings to remind of and a promise overdue: the workspace's
      // write watcher (lib/messaging/data-changed.ts) tells the background, so the badge shows it now.
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="welcome-title" className="stack welcome">
      <h1 id="welcome-title">Welcome to Callprep</h1>
      <p>
        Callprep gets you ready for every customer conversation. Open a customer in your CRM, an
        email thread or a calendar event, and the side panel shows who it is and why: what they want
        to accomplish, this meeting's readiness checklist, the promises made both ways, news worth
        sharing, and your notes.
      </p>
      <ul>
        <li>
          <strong>Before a meeting</strong>: the toolbar popup lists today's and upcoming meetings
          with their readiness; tick items in seconds.
        </li>
        <li>
          <strong>During a call</strong>: the side panel (<kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>K</kbd>) keeps goals first and takes notes as you type.
        </li>
        <li>
          <strong>Private by design</strong>: everything stays in this browser. No account, no
          server, no tracking. Export a backup whenever you like.
        </li>
      </ul>
      <div className="card stack">
        <h2>See it work in one minute</h2>
        <p className="muted">
          The sample workspace adds five made-up customers with goals, meetings, promises and notes.
          Remove it again when you are done; your own customers are never touched.
        </p>
        {loaded === undefined ? (
          <p className="muted">Checking…</p>
        ) : loaded ? (
          <div className="row">
            <p role="status" className="alert-good">
              The sample workspace is loaded. Open the popup or the side panel to explore it.
            </p>
            {!removal && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    setRemoval(await planSampleRemoval(db));
                  })
                }
              >
                Remove sample workspace
              </button>
            )}
          </div>
        ) : (
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => run(() => loadSampleWorkspace(db))}
            >
              {busy ? 'Loading…' : 'Load sample workspace'}
            </button>
          </div>
        )}
        {loaded && removal && (
          <div role="alertdialog" aria-labelledby="sample-remove-title" className="stack card">
            <h3 id="sample-remove-title">Remove the sample workspace?</h3>
            <p>{removalWords(removal)}</p>
            {(removal.yours.length > 0 || removal.editedCustomers > 0) && (
              <p className="alert-warn">
                This includes what you added or changed in the sample:{' '}
                {[
                  ...(removal.editedCustomers
                    ? [
                        `${removal.editedCustomers} edited ${removal.editedCustomers === 1 ? 'customer' : 'customers'}`,
                      ]
                    : []),
                  describeCustomerRows(removal.yours),
                ]
                  .filter(Boolean)
                  .join(', ')}
                . Export a backup first to keep it.
              </p>
            )}
            <p className="muted">Your own customers are not touched.</p>
            <div className="row">
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await removeSampleWorkspace(db);
                    setRemoval(null);
                  })
                }
              >
                Remove them
              </button>
              <button type="button" onClick={() => setRemoval(null)}>
                Keep the sample
              </button>
            </div>
          </div>
        )}
        {error && (
          <p role="alert" className="field-error">
            Could not change the sample workspace: {error}
          </p>
        )}
      </div>
    </section>
  );
}

/** "5 sample customers and their 12 goals, 9 meetings, … will be deleted." */
function removalWords(r: SampleRemoval): string {
  const who = `${r.customers} sample ${r.customers === 1 ? 'customer' : 'customers'}`;
  return r.rows.length
    ? `This deletes the ${who} and their ${describeCustomerRows(r.rows)}.`
    : `This deletes the ${who}.`;
}
