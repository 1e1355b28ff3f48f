import { useEffect, useId, useRef, useState } from 'react';
import { pageStructureSchema } from '@/lib/messaging/schema';
import type { PageSignal } from '@/lib/recognize/signal';
import {
  buildPageReport,
  reportFileName,
  reportFileText,
  type PageReport,
} from '@/lib/report/format';
import type { PageStructure } from '@/lib/report/page-structure';
import { candidateStrings } from '@/lib/report/redact';
import { usePanelEnv } from './PanelEnv';

type Shown = { structure: PageStructure; candidates: string[] };

/** Saves `report` as a file the seller picks up: no `downloads` permission, nothing sent. */
function download(report: PageReport): string {
  const name = reportFileName(report);
  const url = URL.createObjectURL(new Blob([reportFileText(report)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/**
 * "Report this page": asks the tab's content script for the page's structure,
 * shows the seller the page's words so they can tick the few safe to keep
 * (none by default), and downloads the redacted report (lib/report/).
 */
export function ReportPageButton({
  tabId,
  signal,
}: {
  tabId: number | null;
  signal: PageSignal | null;
}) {
  const { readPage, now } = usePanelEnv();
  const id = useId();
  const [shown, setShown] = useState<Shown | null>(null);
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown) dialog.current?.focus();
  }, [shown]);

  if (tabId === null || !readPage) return null;

  async function open() {
    setBusy(true);
    setMessage(null);
    try {
      // The page wrote this answer: checked before anything shows or saves it.
      const parsed = pageStructureSchema.safeParse(await readPage!(tabId!));
      if (!parsed.success) throw new Error('not a page structure');
      setKeep(new Set());
      setShown({ structure: parsed.data, candidates: candidateStrings(parsed.data.root) });
    } catch {
      setMessage({
        text: 'Callprep cannot read this page. Reload the page and try again.',
        error: true,
      });
    } finally {
      setBusy(false);
    }
  }

  function close() {
    setShown(null);
    opener.current?.focus();
  }

  function save() {
    if (!shown) return;
    const name = download(
      buildPageReport({ structure: shown.structure, signal, keep, now: now() }),
    );
    setMessage({ text: `Saved ${name}. Attach it to your bug report.`, error: false });
    close();
  }

  function toggle(text: string, on: boolean) {
    setKeep((current) => {
      const next = new Set(current);
      if (on) next.add(text);
      else next.delete(text);
      return next;
    });
  }

  return (
    <div className="stack report-page">
      <div className="row">
        <button ref={opener} type="button" onClick={() => void open()} disabled={busy}>
          {busy ? 'Reading the page…' : 'Report this page'}
        </button>
      </div>
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'field-error' : 'muted small'}
        >
          {message.text}
        </p>
      )}
      {shown && (
        <div
          ref={dialog}
          className="card stack report-dialog"
          role="dialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-about`}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <h2 id={`${id}-title`}>Report this page</h2>
          <p id={`${id}-about`} className="muted small">
            Callprep saves the page’s layout with every word replaced by a placeholder of the same
            length (“Jane Doe” becomes “Xxxx Xxx”), and what it recognized. Tick only words that are
            safe to share, like labels. Nothing is sent: you attach the file yourself.
          </p>
          {shown.candidates.length > 0 ? (
            <fieldset className="report-candidates">
              <legend>Keep these words as they are</legend>
              {shown.candidates.map((text, i) => (
                <div key={text} className="report-candidate">
                  <input
                    type="checkbox"
                    id={`${id}-keep-${i}`}
                    checked={keep.has(text)}
                    onChange={(e) => toggle(text, e.target.checked)}
                  />
                  <label htmlFor={`${id}-keep-${i}`}>{text}</label>
                </div>
              ))}
            </fieldset>
          ) : (
            <p className="muted small">The page shows no words to keep.</p>
          )}
          {shown.structure.truncated && (
            <p className="muted small">The page is large: the report keeps its first part.</p>
          )}
          <div className="row">
            <button type="button" className="primary" onClick={save}>
              Download
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
