import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { backupBeforeImport, backupFailureNote } from '@/lib/backup/before-change';
import {
  applyCalendarPlan,
  importWindow,
  parseCalendar,
  planCalendarImport,
  readCalendarFile,
  type CalendarPlan,
  type CalendarProgress,
  type CalendarSummary,
  type TemplateChoice,
} from '@/lib/calendar';
import { customers } from '@/lib/db/customers';
import { getSettings } from '@/lib/db/settings';
import { listTemplates } from '@/lib/db/templates';
import { dayAndTime, shortDate } from '@/lib/format/dates';
import { describeWriteError } from '@/lib/io/errors';
import { errorText, useWorkspaceEnv } from './env';
import { ImportProgressBar } from './ImportProgressBar';

type Read = { text: string; fileName: string; warnings: string[] };

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'preview'; plan: CalendarPlan; read: Read }
  | { kind: 'importing'; progress: CalendarProgress; fileName: string }
  | { kind: 'done'; summary: CalendarSummary; fileName: string; note: string };

const LISTED = 20;

/**
 * Import meetings from a calendar file (.ics): choose it, see what it holds
 * (who each meeting is with, what is left out and why, the checklist new
 * meetings get), then write it in one go.
 */
export function CalendarImport() {
  const env = useWorkspaceEnv();
  const { db, now } = env;
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [template, setTemplate] = useState<TemplateChoice>('auto');
  // Two quick "Create customer" clicks plan twice: only the later plan, which
  // knows both customers, may be shown, whichever finishes last.
  const latestPreview = useRef(0);

  async function preview(read: Read) {
    const asked = ++latestPreview.current;
    const at = now();
    const window = importWindow(at);
    const parsed = parseCalendar(read.text, window);
    const settings = await getSettings(db);
    const plan = await planCalendarImport(db, parsed.occurrences, {
      ownDomains: settings.ownDomains,
      ownEmails: settings.ownEmails,
      now: at,
      window,
      source: 'file',
    });
    if (asked !== latestPreview.current) return;
    setStep({ kind: 'preview', plan, read: { ...read, warnings: parsed.warnings } });
  }

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setStep({ kind: 'reading' });
    try {
      await preview({ text: await readCalendarFile(file), fileName: file.name, warnings: [] });
    } catch (err) {
      setError(errorText(err));
      setStep({ kind: 'choose' });
    }
  }

  async function createCustomer(read: Read, name: string, domain: string) {
    setError(null);
    try {
      await customers.create(db, { name, domains: [domain] }, now);
      await preview(read);
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function run(plan: CalendarPlan, fileName: string) {
    setError(null);
    setStep({ kind: 'importing', progress: { done: 0, total: 1 }, fileName });
    try {
      const backup = env.backup
        ? await backupBeforeImport({ db, browser: env.backup, now, urls: URL })
        : null;
      const summary = await applyCalendarPlan(db, plan, {
        template,
        now: now(),
        onProgress: (progress) => setStep({ kind: 'importing', progress, fileName }),
      });
      setStep({ kind: 'done', summary, fileName, note: backup ? backupFailureNote(backup) : '' });
    } catch (err) {
      setError(describeWriteError(err));
      setStep({ kind: 'choose' });
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import a calendar file (.ics)</h2>
      {error && (
        <p role="alert" className="alert-danger">
          {error}
        </p>
      )}
      {step.kind === 'choose' && (
        <div className="stack">
          <p className="muted">
            Export your calendar — Google Calendar: Settings → Import &amp; export → Export;
            Outlook: File → Save Calendar; Apple Calendar: File → Export — and choose the .ics file.
            Callprep reads the last 30 days and the next 90. Nothing changes until you confirm the
            preview.
          </p>
          <label htmlFor={`${id}-file`}>Choose a calendar file</label>
          <input id={`${id}-file`} type="file" accept=".ics,text/calendar" onChange={choose} />
        </div>
      )}
      {step.kind === 'reading' && (
        <p role="status" className="muted">
          Reading the calendar…
        </p>
      )}
      {step.kind === 'preview' && (
        <CalendarPreview
          plan={step.plan}
          read={step.read}
          now={now()}
          template={template}
          onTemplate={setTemplate}
          onCreateCustomer={(name, domain) => createCustomer(step.read, name, domain)}
          onImport={() => run(step.plan, step.read.fileName)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'importing' && (
        <ImportProgressBar
          id={id}
          fileName={step.fileName}
          progress={step.progress}
          unit="meetings"
        />
      )}
      {step.kind === 'done' && (
        <div className="stack">
          <p role="status" className="alert-good">
            Imported {step.fileName}: {step.summary.created.toLocaleString()} new meetings,{' '}
            {step.summary.updated.toLocaleString()} moved or renamed,{' '}
            {step.summary.cancelled.toLocaleString()} cancelled.{step.note}
          </p>
          <div className="row">
            <button type="button" onClick={() => setStep({ kind: 'choose' })}>
              Import another calendar
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function CalendarPreview({
  plan,
  read,
  now,
  template,
  onTemplate,
  onCreateCustomer,
  onImport,
  onCancel,
}: {
  plan: CalendarPlan;
  read: Read;
  now: number;
  template: TemplateChoice;
  onTemplate: (t: TemplateChoice) => void;
  onCreateCustomer: (name: string, domain: string) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { db } = useWorkspaceEnv();
  const id = useId();
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const names = useLiveQuery(async () => {
    const ids = [...new Set(plan.create.map((c) => c.meeting.customerId))];
    const rows = await db.customers.bulkGet(ids);
    return new Map(rows.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  }, [db, plan]);
  const changes = plan.create.length + plan.update.length + plan.cancel.length;
  const upcoming = plan.create
    .map((c) => c.meeting)
    .filter((m) => m.startsAt >= now - 24 * 60 * 60 * 1000)
    .sort((a, b) => a.startsAt - b.startsAt)
    .slice(0, LISTED);
  return (
    <div className="stack">
      <p>
        <strong>{read.fileName}</strong>: {plan.found.toLocaleString()} meetings between{' '}
        {shortDate(plan.window.from, now)} and {shortDate(plan.window.to, now)}.
      </p>
      <table className="counts-table" aria-label="What the import would do">
        <tbody>
          <tr>
            <th scope="row">With a customer</th>
            <td>
              {plan.matched.toLocaleString()} ({plan.customers.toLocaleString()} customers)
            </td>
          </tr>
          <tr>
            <th scope="row">New meetings</th>
            <td>{plan.create.length.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row">Moved or renamed</th>
            <td>{plan.update.length.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row">Cancelled in the calendar</th>
            <td>{plan.cancel.length.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row">Already up to date</th>
            <td>{plan.unchanged.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row">Skipped: only colleagues</th>
            <td>{plan.internal.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row">Skipped: nobody invited, or only personal addresses</th>
            <td>{plan.personal.toLocaleString()}</td>
          </tr>
        </tbody>
      </table>
      {read.warnings.map((w) => (
        <p key={w} className="muted">
          {w}
        </p>
      ))}
      {plan.unmatched.length > 0 && (
        <div className="stack">
          <h3>Companies that are not customers yet</h3>
          <p className="muted">
            Their meetings are left out. Make one a customer and its meetings come in.
          </p>
          <ul className="stack" aria-label="Companies that are not customers yet">
            {plan.unmatched.map((u) => (
              <li key={u.domain} className="row">
                <span>
                  {u.domain} — {u.meetings.toLocaleString()}{' '}
                  {u.meetings === 1 ? 'meeting' : 'meetings'}
                </span>
                <button type="button" onClick={() => onCreateCustomer(u.suggestedName, u.domain)}>
                  Create customer {u.suggestedName}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.create.length > 0 && (
        <div className="row">
          <label htmlFor={`${id}-template`}>Checklist for new meetings</label>
          <select
            id={`${id}-template`}
            value={template}
            onChange={(e) => onTemplate(e.target.value)}
          >
            <option value="auto">
              Follow-up for customers met before, Discovery for a first meeting
            </option>
            {templates?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {upcoming.length > 0 && (
        <details open>
          <summary>Coming up</summary>
          <ul className="rejected-list" aria-label="New meetings coming up">
            {upcoming.map((m) => (
              <li key={m.id}>
                {m.allDay ? `${shortDate(m.startsAt, now)}, all day` : dayAndTime(m.startsAt, now)}{' '}
                — {m.title} ({names?.get(m.customerId) ?? '…'})
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={changes === 0} onClick={onImport}>
          {changes === 0 ? 'Import' : `Import ${changes.toLocaleString()} changes`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {changes === 0 && (
        <p className="muted">Nothing to import: every meeting is already up to date.</p>
      )}
    </div>
  );
}
