import { useId, useState, type ChangeEvent } from 'react';
import { getSettings } from '@/lib/db/settings';
import {
  applyImport,
  COLUMN_FIELD_LABELS,
  COLUMN_FIELDS,
  detectPreset,
  guessMapping,
  planImport,
  planProblem,
  presetMapping,
  presetRefTypes,
  PRESETS,
  readCsvFile,
  parseCsv,
  ENCODING_LABELS,
  type CsvEncoding,
  type ColumnField,
  type ImportMapping,
  type ImportPlan,
  type ImportProgress,
  type ImportSummary,
  type ParsedCsv,
  type Preset,
} from '@/lib/io/csv';
import { describeWriteError } from '@/lib/io/errors';
import { backupBeforeImport } from '@/lib/backup/before-change';
import { errorText, useWorkspaceEnv } from './env';
import { ImportProgressBar } from './ImportProgressBar';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | {
      kind: 'mapping';
      csv: ParsedCsv;
      encoding: CsvEncoding;
      fileName: string;
      mapping: ImportMapping;
      system: string;
      preset: Preset | null;
    }
  | { kind: 'planning' }
  | { kind: 'preview'; plan: ImportPlan; fileName: string; back: Step }
  | { kind: 'importing'; progress: ImportProgress; fileName: string }
  | { kind: 'done'; summary: ImportSummary; rejected: number; fileName: string };

const MAX_LISTED = 200;

/**
 * Import customers and contacts from a CRM's CSV export: choose a file, check the
 * detected export (or map the columns), see what would change, then import.
 */
export function CsvImport() {
  const { db, now, backup } = useWorkspaceEnv();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setStep({ kind: 'reading' });
    try {
      const { text, encoding } = await readCsvFile(file);
      const csv = parseCsv(text);
      const preset = detectPreset(csv.headers);
      const mapping = preset ? presetMapping(preset, csv.headers) : guessMapping(csv.headers);
      const mappingStep: Step = {
        kind: 'mapping',
        csv,
        encoding,
        fileName: file.name,
        mapping,
        system: preset?.system ?? '',
        preset,
      };
      if (preset) await preview(mappingStep);
      else setStep(mappingStep);
    } catch (err) {
      setError(errorText(err));
      setStep({ kind: 'choose' });
    }
  }

  async function preview(from: Extract<Step, { kind: 'mapping' }>) {
    setError(null);
    setStep({ kind: 'planning' });
    try {
      const settings = await getSettings(db);
      const plan = await planImport(db, from.csv.rows, from.mapping, {
        system: from.system || null,
        refTypes: presetRefTypes(from.preset, from.mapping.kind, from.system),
        headers: from.csv.headers,
        rowNumbers: from.csv.rowNumbers,
        ownDomains: settings.ownDomains,
        now: now(),
      });
      setStep({ kind: 'preview', plan, fileName: from.fileName, back: from });
    } catch (err) {
      setError(errorText(err));
      setStep(from);
    }
  }

  async function run(plan: ImportPlan, fileName: string) {
    setError(null);
    setStep({ kind: 'importing', progress: { done: 0, total: 1 }, fileName });
    try {
      // What is here now goes to a file first when automatic backup is on; a failure shows in Backup.
      if (backup) await backupBeforeImport({ db, now, browser: backup });
      const summary = await applyImport(db, plan, {
        onProgress: (progress) => setStep({ kind: 'importing', progress, fileName }),
      });
      setStep({ kind: 'done', summary, rejected: plan.rejected.length, fileName });
    } catch (err) {
      setError(describeWriteError(err));
      setStep({ kind: 'choose' });
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import from a CRM export (CSV)</h2>
      {error && (
        <p role="alert" className="alert-danger">
          {error}
        </p>
      )}
      {step.kind === 'choose' && (
        <div className="stack">
          <p className="muted">
            Export accounts or contacts from Salesforce, companies or contacts from HubSpot,
            organizations or people from Pipedrive, or use any CSV file. Nothing changes until you
            confirm the preview.
          </p>
          <label htmlFor={`${id}-file`}>Choose a CSV file</label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv,.txt" onChange={choose} />
        </div>
      )}
      {(step.kind === 'reading' || step.kind === 'planning') && (
        <p role="status" className="muted">
          {step.kind === 'reading' ? 'Reading the file…' : 'Working out what would change…'}
        </p>
      )}
      {step.kind === 'mapping' && (
        <MappingScreen
          step={step}
          onChange={(next) => setStep(next)}
          onPreview={() => preview(step)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'preview' && (
        <Preview
          plan={step.plan}
          fileName={step.fileName}
          read={step.back.kind === 'mapping' ? step.back : null}
          preset={step.back.kind === 'mapping' ? step.back.preset : null}
          onImport={() => run(step.plan, step.fileName)}
          onMapping={() => step.back.kind === 'mapping' && setStep({ ...step.back, preset: null })}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'importing' && (
        <ImportProgressBar
          id={id}
          fileName={step.fileName}
          progress={step.progress}
          unit="records"
        />
      )}
      {step.kind === 'done' && (
        <div className="stack">
          <p role="status" className="alert-good">
            Imported {step.fileName}: {step.summary.customersCreated} customers created,{' '}
            {step.summary.customersUpdated} updated; {step.summary.contactsCreated} contacts
            created, {step.summary.contactsUpdated} updated
            {step.rejected ? `; ${step.rejected} rows skipped` : ''}.
          </p>
          <div className="row">
            <a href="#customers">See the customers</a>
            <button type="button" onClick={() => setStep({ kind: 'choose' })}>
              Import another file
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function MappingScreen({
  step,
  onChange,
  onPreview,
  onCancel,
}: {
  step: Extract<Step, { kind: 'mapping' }>;
  onChange: (next: Extract<Step, { kind: 'mapping' }>) => void;
  onPreview: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const { csv, mapping } = step;
  const sample = csv.rows[0] ?? [];
  const setColumn = (i: number, field: ColumnField) =>
    onChange({
      ...step,
      mapping: { ...mapping, columns: mapping.columns.map((f, j) => (j === i ? field : f)) },
    });
  const applyPreset = (presetId: string) => {
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset)
      return onChange({ ...step, preset: null, mapping: guessMapping(csv.headers), system: '' });
    onChange({
      ...step,
      preset,
      mapping: presetMapping(preset, csv.headers),
      system: preset.system,
    });
  };
  return (
    <div className="stack">
      <p>
        <strong>{step.fileName}</strong>: {csv.rows.length.toLocaleString()} rows. Say what each
        column holds.
      </p>
      <FileNotes encoding={step.encoding} footer={csv.footer} />
      <div className="row">
        <label htmlFor={`${id}-preset`}>Exported from</label>
        <select
          id={`${id}-preset`}
          value={step.preset?.id ?? ''}
          onChange={(e) => applyPreset(e.target.value)}
        >
          <option value="">Another tool (map the columns)</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="row">
        <legend>Each row is</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={mapping.kind === 'customers'}
            onChange={() => onChange({ ...step, mapping: { ...mapping, kind: 'customers' } })}
          />{' '}
          a company (customer)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={mapping.kind === 'contacts'}
            onChange={() => onChange({ ...step, mapping: { ...mapping, kind: 'contacts' } })}
          />{' '}
          a person (contact)
        </label>
      </fieldset>
      <div className="row">
        <label htmlFor={`${id}-system`}>CRM the ids come from</label>
        <input
          id={`${id}-system`}
          list={`${id}-systems`}
          className="narrow-wide"
          value={step.system}
          placeholder="e.g. salesforce"
          onChange={(e) => onChange({ ...step, system: e.target.value })}
        />
        <datalist id={`${id}-systems`}>
          <option value="salesforce" />
          <option value="hubspot" />
          <option value="pipedrive" />
          <option value="dynamics" />
          <option value="zoho" />
        </datalist>
      </div>
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First row</th>
            <th scope="col">Use as</th>
          </tr>
        </thead>
        <tbody>
          {csv.headers.map((h, i) => (
            <tr key={i}>
              <th scope="row">{h || `Column ${i + 1}`}</th>
              <td className="muted">{(sample[i] ?? '').slice(0, 80)}</td>
              <td>
                <select
                  aria-label={`Use column “${h || i + 1}” as`}
                  value={mapping.columns[i] ?? 'ignore'}
                  onChange={(e) => setColumn(i, e.target.value as ColumnField)}
                >
                  {COLUMN_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {COLUMN_FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" className="primary" onClick={onPreview}>
          Preview import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

const EXAMPLES = 3;

/** A few of the names the import would write, so a garbled encoding shows before importing. */
function PlanExamples({ plan }: { plan: ImportPlan }) {
  const line = (label: string, rows: { name: string }[]) =>
    rows.length > 0 && (
      <p className="muted">
        {label}:{' '}
        {rows
          .slice(0, EXAMPLES)
          .map((r) => r.name)
          .join(', ')}
        {rows.length > EXAMPLES ? ', …' : ''}
      </p>
    );
  const customers = [...plan.customers.create, ...plan.customers.update];
  const contacts = [...plan.contacts.create, ...plan.contacts.update];
  return (
    <>
      {line('Customers, for example', customers)}
      {line('Contacts, for example', contacts)}
    </>
  );
}

/** How the file was read, when that is worth saying: its encoding, a report footer left out. */
function FileNotes({ encoding, footer }: { encoding: CsvEncoding; footer: string[] }) {
  return (
    <>
      {encoding !== 'utf-8' && (
        <p className="muted">
          Read as {ENCODING_LABELS[encoding]} text (the file is not UTF-8). Check that the names
          look right.
        </p>
      )}
      {footer.length > 0 && (
        <p className="muted">Left out the report’s footer: {footer.join(' · ')}</p>
      )}
    </>
  );
}

function Preview({
  plan,
  fileName,
  read,
  preset,
  onImport,
  onMapping,
  onCancel,
}: {
  plan: ImportPlan;
  fileName: string;
  read: { encoding: CsvEncoding; csv: ParsedCsv } | null;
  preset: Preset | null;
  onImport: () => void;
  onMapping: () => void;
  onCancel: () => void;
}) {
  const problem = planProblem(plan);
  const nothing =
    plan.customers.create.length +
      plan.customers.update.length +
      plan.contacts.create.length +
      plan.contacts.update.length ===
    0;
  return (
    <div className="stack">
      <p>
        <strong>{fileName}</strong>
        {preset ? ` — detected: ${preset.label} export` : ''}. {plan.rowsFound.toLocaleString()}{' '}
        rows found.
      </p>
      {read && <FileNotes encoding={read.encoding} footer={read.csv.footer} />}
      <table className="counts-table" aria-label="What the import would do">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Create</th>
            <th scope="col">Update</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Customers</th>
            <td>{plan.customers.create.length.toLocaleString()}</td>
            <td>{plan.customers.update.length.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row">Contacts</th>
            <td>{plan.contacts.create.length.toLocaleString()}</td>
            <td>{plan.contacts.update.length.toLocaleString()}</td>
          </tr>
        </tbody>
      </table>
      <PlanExamples plan={plan} />
      {plan.unchanged > 0 && (
        <p className="muted">{plan.unchanged.toLocaleString()} rows are already up to date.</p>
      )}
      {problem && (
        <p role="alert" className="alert-danger">
          {problem}
        </p>
      )}
      {plan.rejected.length > 0 && (
        <details open={plan.rejected.length <= 20}>
          <summary>
            {plan.rejected.length.toLocaleString()} rows will be skipped (row numbers as in a
            spreadsheet; the header is row 1)
          </summary>
          <ul className="rejected-list">
            {plan.rejected.slice(0, MAX_LISTED).map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
            {plan.rejected.length > MAX_LISTED && (
              <li className="muted">…and {plan.rejected.length - MAX_LISTED} more</li>
            )}
          </ul>
        </details>
      )}
      {plan.warnings.length > 0 && (
        <details>
          <summary>{plan.warnings.length.toLocaleString()} values left out</summary>
          <ul className="rejected-list">
            {plan.warnings.slice(0, MAX_LISTED).map((w, i) => (
              <li key={i}>
                Row {w.row}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!!problem || nothing}
          onClick={onImport}
        >
          Import
        </button>
        <button type="button" onClick={onMapping}>
          Change the column mapping
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {nothing && !problem && <p className="muted">Nothing to import: everything is up to date.</p>}
    </div>
  );
}
