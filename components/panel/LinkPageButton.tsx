import { useState } from 'react';
import { getSettings } from '@/lib/db/settings';
import type { PageSignal } from '@/lib/recognize/signal';
import { usePanelEnv } from './PanelEnv';
import { LEARN_UNAVAILABLE } from './learn-loader';

/**
 * The seller picked a customer for a page Callprep did not recognize: offer to
 * remember the page for that customer, so the next visit matches by itself.
 */
export function LinkPageButton({
  signal,
  customer,
  onLearned,
}: {
  signal: PageSignal;
  customer: { id: string; name: string };
  onLearned: (customerId: string) => void;
}) {
  const { db, loadLearn } = usePanelEnv();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function link() {
    setState('busy');
    setError(null);
    try {
      const api = await loadLearn();
      if (!api) throw new Error(LEARN_UNAVAILABLE);
      const { ownDomains, ownEmails } = await getSettings(db);
      await api.linkPageToCustomer(db, customer.id, signal, { ownDomains, ownEmails });
      setState('done');
      onLearned(customer.id);
    } catch (e) {
      setState('idle');
      setError(`Could not remember this page: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  if (state === 'done') {
    return (
      <p role="status" className="alert-good small">
        Remembered: this page will open {customer.name} by itself.
      </p>
    );
  }
  return (
    <div className="stack">
      <p className="muted small">This page was not recognized.</p>
      <div className="row">
        <button type="button" disabled={state === 'busy'} onClick={() => void link()}>
          Remember this page for {customer.name}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
