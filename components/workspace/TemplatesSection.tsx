import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { FieldProblem } from '@/lib/db/errors';
import { RULE_IDS, type RuleId, type Template } from '@/lib/db/models';
import { listTemplates } from '@/lib/db/templates';
import { RULE_LABELS } from '@/lib/readiness/rules';
import {
  addItem,
  deleteTemplate,
  differsFromDefault,
  draftOf,
  draftProblems,
  emptyDraft,
  moveItem,
  removeItem,
  restoreBuiltinTemplate,
  sameDraft,
  saveTemplate,
  updateItem,
  type TemplateDraft,
} from '@/lib/readiness/templates-editor';
import { errorText, useWorkspaceEnv } from './env';

/** The readiness checklists: pick one on the left, edit it on the right. */
export function TemplatesSection() {
  const { db } = useWorkspaceEnv();
  const rows = useLiveQuery(() => listTemplates(db), [db]);
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  const current =
    selected === 'new' ? null : (rows?.find((t) => t.id === selected) ?? rows?.[0] ?? null);

  return (
    <section aria-labelledby="templates-title" className="stack">
      <h1 id="templates-title">Checklist templates</h1>
      <p className="muted">
        Each meeting gets its readiness checklist from a template. Changes apply to meetings you
        prepare from now on.
      </p>
      <div className="templates-layout">
        <nav aria-label="Templates" className="stack">
          {rows === undefined ? (
            <p className="muted">Loading…</p>
          ) : (
            <ul className="plain-list stack">
              {rows.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    className="template-choice"
                    aria-current={current?.id === t.id && selected !== 'new' ? 'true' : undefined}
                    onClick={() => setSelected(t.id)}
                  >
                    {t.name}
                    {t.builtin && <span className="muted"> · built-in</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setSelected('new')}>
            New template
          </button>
        </nav>
        {selected === 'new' ? (
          <TemplateEditor key="new" template={null} onSaved={(t) => setSelected(t.id)} />
        ) : current ? (
          <TemplateEditor
            key={current.id}
            template={current}
            onSaved={(t) => setSelected(t.id)}
            onDeleted={() => setSelected(null)}
          />
        ) : rows ? (
          <p className="muted">No templates yet: create one.</p>
        ) : null}
      </div>
    </section>
  );
}

export function TemplateEditor({
  template,
  onSaved,
  onDeleted,
}: {
  template: Template | null;
  onSaved?: (t: Template) => void;
  onDeleted?: () => void;
}) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [draft, setDraft] = useState<TemplateDraft>(() =>
    template ? draftOf(template) : emptyDraft(),
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'restore' | null>(null);
  const dirty = template ? !sameDraft(draft, draftOf(template)) : true;

  // a change saved elsewhere shows here unless the seller holds unsaved edits
  useEffect(() => {
    if (template && !dirty) setDraft(draftOf(template));
  }, [template?.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const problemFor = (field: string) => problems.find((p) => p.field === field)?.message;
  const edit = (next: TemplateDraft) => {
    setDraft(next);
    setStatus(null);
  };

  async function save() {
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length) {
      setStatus(null);
      setError('Fix the fields marked below, then save.');
      return;
    }
    try {
      const saved = await saveTemplate(db, template?.id ?? null, draft, now);
      setError(null);
      setStatus('Saved');
      onSaved?.(saved);
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setConfirm(null);
      setError(null);
      setStatus(done);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const nameProblem = problemFor('name');
  return (
    <form
      className="card stack template-editor"
      aria-label={template ? `Edit ${template.name}` : 'New template'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Template name</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          onChange={(e) => edit({ ...draft, name: e.target.value })}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? `${id}-name-error` : undefined}
        />
        {nameProblem && (
          <p id={`${id}-name-error`} className="field-error">
            Name {nameProblem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <input
          id={`${id}-description`}
          value={draft.description}
          onChange={(e) => edit({ ...draft, description: e.target.value })}
        />
      </div>
      <h2>Items</h2>
      {problemFor('items') && <p className="field-error">The template {problemFor('items')}.</p>}
      <ol className="plain-list stack">
        {draft.items.map((item, i) => {
          const n = i + 1;
          const textProblem = problemFor(`items.${i}.text`);
          const weightProblem = problemFor(`items.${i}.weight`);
          return (
            <li key={i} className="template-item">
              <fieldset className="stack">
                <legend>Item {n}</legend>
                <div className="field">
                  <label htmlFor={`${id}-${i}-text`}>Text</label>
                  <input
                    id={`${id}-${i}-text`}
                    value={item.text}
                    onChange={(e) => edit(updateItem(draft, i, { text: e.target.value }))}
                    aria-invalid={textProblem ? true : undefined}
                    aria-describedby={textProblem ? `${id}-${i}-text-error` : undefined}
                  />
                  {textProblem && (
                    <p id={`${id}-${i}-text-error`} className="field-error">
                      Text {textProblem}
                    </p>
                  )}
                </div>
                <div className="row">
                  <label htmlFor={`${id}-${i}-section`}>Section</label>
                  <input
                    id={`${id}-${i}-section`}
                    value={item.section}
                    onChange={(e) => edit(updateItem(draft, i, { section: e.target.value }))}
                  />
                  <label>
                    <input
                      type="checkbox"
                      checked={item.required}
                      onChange={(e) => edit(updateItem(draft, i, { required: e.target.checked }))}
                    />{' '}
                    Required
                  </label>
                  <label htmlFor={`${id}-${i}-weight`}>Weight</label>
                  <input
                    id={`${id}-${i}-weight`}
                    type="number"
                    min={0}
                    max={10}
                    step={0.5}
                    className="narrow"
                    value={Number.isFinite(item.weight) ? item.weight : ''}
                    onChange={(e) => edit(updateItem(draft, i, { weight: e.target.valueAsNumber }))}
                    aria-invalid={weightProblem ? true : undefined}
                    aria-describedby={weightProblem ? `${id}-${i}-weight-error` : undefined}
                  />
                  <label htmlFor={`${id}-${i}-rule`}>Checked automatically when</label>
                  <select
                    id={`${id}-${i}-rule`}
                    value={item.rule ?? ''}
                    onChange={(e) =>
                      edit(
                        updateItem(draft, i, { rule: (e.target.value || null) as RuleId | null }),
                      )
                    }
                  >
                    <option value="">Never (ticked by hand)</option>
                    {RULE_IDS.map((r) => (
                      <option key={r} value={r}>
                        {RULE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </div>
                {weightProblem && (
                  <p id={`${id}-${i}-weight-error`} className="field-error">
                    Weight {weightProblem}
                  </p>
                )}
                <div className="row">
                  <button
                    type="button"
                    disabled={i === 0}
                    onClick={() => edit(moveItem(draft, i, i - 1))}
                    aria-label={`Move item ${n} up`}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    disabled={i === draft.items.length - 1}
                    onClick={() => edit(moveItem(draft, i, i + 1))}
                    aria-label={`Move item ${n} down`}
                  >
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    onClick={() => edit(removeItem(draft, i))}
                    aria-label={`Remove item ${n}`}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <button type="button" onClick={() => edit(addItem(draft))}>
          Add item
        </button>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={!dirty}>
          {template ? 'Save template' : 'Create template'}
        </button>
        {template && dirty && (
          <button type="button" onClick={() => (setDraft(draftOf(template)), setProblems([]))}>
            Discard changes
          </button>
        )}
        {template?.builtin && differsFromDefault(template) && (
          <button type="button" onClick={() => setConfirm('restore')}>
            Restore default
          </button>
        )}
        {template && !template.builtin && (
          <button type="button" className="danger" onClick={() => setConfirm('delete')}>
            Delete template
          </button>
        )}
        <span role="status" className="muted">
          {status}
        </span>
      </div>
      {confirm && template && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="card stack">
          <p id={`${id}-confirm`}>
            {confirm === 'delete'
              ? `Delete the template “${template.name}”? Meetings already prepared keep their checklists.`
              : `Put “${template.name}” back the way Callprep ships it? Your edits to it are lost.`}
          </p>
          <div className="row">
            <button
              type="button"
              className={confirm === 'delete' ? 'danger' : 'primary'}
              onClick={() =>
                confirm === 'delete'
                  ? run(async () => {
                      await deleteTemplate(db, template.id);
                      onDeleted?.();
                    }, 'Deleted')
                  : run(async () => {
                      const restored = await restoreBuiltinTemplate(db, template.id, now);
                      setDraft(draftOf(restored));
                      setProblems([]);
                    }, 'Restored to default')
              }
            >
              {confirm === 'delete' ? 'Delete' : 'Restore default'}
            </button>
            <button type="button" autoFocus onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
