/**
 * Checklist — a meeting's readiness checklist, grouped by section.
 *
 * Props:
 * - `items`: the meeting's ChecklistItem rows (any order; shown by `order`).
 * - `rules?`: rule results from `evaluateRules(ctx)` (lib/readiness/rules.ts);
 *   an auto item (one with `rule`) shows its rule's done/why. Without a result
 *   it falls back to the stored `done`.
 * - `onToggle(item, done)`: the seller ticked or unticked a manual item. Auto
 *   items never call it (they are read-only checkboxes).
 * - `onFix?(fix, item)`: when given, an open auto item shows a button ("Add a
 *   goal", "Write the agenda"…) that calls it, so the side panel can scroll to
 *   the section (`fix.section`: goals | commitments | news | agenda | history).
 * - `label?`: accessible name of the whole list (default "Readiness checklist").
 * - `disabled?`: every checkbox read-only (e.g. while saving or for a past meeting).
 * - `headingLevel?`: section headings level (default 3).
 *
 * Each item is a real `<input type="checkbox">` with its text as label: Tab
 * moves between them, Space ticks. Auto items are focusable checkboxes with
 * `aria-readonly="true"`; their reason ("2 open goals") is the description.
 */
import { useId, type MouseEvent } from 'react';
import type { ChecklistItem } from '@/lib/db/models';
import type { RuleFix, RuleResults } from '@/lib/readiness/rules';
import { scoreItem, type ScoredItem } from '@/lib/readiness/score';
import './readiness/readiness.css';

export type ChecklistProps = {
  items: ChecklistItem[];
  rules?: RuleResults;
  onToggle: (item: ChecklistItem, done: boolean) => void | Promise<void>;
  onFix?: (fix: RuleFix, item: ChecklistItem) => void;
  label?: string;
  disabled?: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
};

type Group = { section: string; entries: ScoredItem[] };

/** Items grouped by section, sections in the order their first item appears. */
export function groupBySection(items: ChecklistItem[], rules: RuleResults = {}): Group[] {
  const groups = new Map<string, Group>();
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    const section = item.section.trim();
    let group = groups.get(section);
    if (!group) groups.set(section, (group = { section, entries: [] }));
    group.entries.push(scoreItem(item, rules));
  }
  return [...groups.values()];
}

export function Checklist({
  items,
  rules = {},
  onToggle,
  onFix,
  label = 'Readiness checklist',
  disabled = false,
  headingLevel = 3,
}: ChecklistProps) {
  const base = useId();
  const Heading = `h${headingLevel}` as 'h3';
  if (items.length === 0) {
    return (
      <p className="checklist__empty muted" aria-label={label}>
        No checklist for this meeting.
      </p>
    );
  }
  const groups = groupBySection(items, rules);
  const titled = groups.length > 1 || groups[0]!.section !== '';
  return (
    <div className="checklist" role="group" aria-label={label}>
      {groups.map((group, g) => {
        const headingId = `${base}-s${g}`;
        return (
          <div
            key={group.section || '_'}
            className="checklist__section"
            role="group"
            aria-labelledby={titled ? headingId : undefined}
          >
            {titled && (
              <Heading id={headingId} className="checklist__section-title">
                {group.section || 'Other'}
              </Heading>
            )}
            <ul className="checklist__items">
              {group.entries.map((entry) => (
                <ChecklistRow
                  key={entry.item.id}
                  entry={entry}
                  idBase={`${base}-${entry.item.id}`}
                  disabled={disabled}
                  onToggle={onToggle}
                  onFix={onFix}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function ChecklistRow({
  entry,
  idBase,
  disabled,
  onToggle,
  onFix,
}: {
  entry: ScoredItem;
  idBase: string;
  disabled: boolean;
  onToggle: ChecklistProps['onToggle'];
  onFix?: ChecklistProps['onFix'];
}) {
  const { item, done, auto, rule } = entry;
  const inputId = `${idBase}-cb`;
  const whyId = `${idBase}-why`;
  const metaId = `${idBase}-meta`;
  // An automatic item is never ticked by hand: say whether it is met, and that it
  // ticks itself, rather than a "Checked automatically" that an open item contradicts.
  const autoWords = done ? 'Ticked automatically.' : 'Not met yet; ticks itself once fixed.';
  const meta = [item.required ? 'Required.' : '', auto ? autoWords : ''].filter(Boolean).join(' ');
  const describedBy = [meta ? metaId : '', auto && rule ? whyId : ''].filter(Boolean).join(' ');
  const readOnly = auto || disabled;
  const block = (e: MouseEvent<HTMLInputElement>) => {
    if (!readOnly) return;
    e.preventDefault();
    // Clicking an open automatic item goes where it is fixed, instead of doing nothing.
    if (auto && rule && !done && !disabled) onFix?.(rule.fix, item);
  };
  return (
    <li
      className={[
        'checklist__item',
        auto ? 'checklist__item--auto' : 'checklist__item--manual',
        done ? 'is-done' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-item-id={item.id}
    >
      <input
        id={inputId}
        type="checkbox"
        checked={done}
        readOnly={readOnly}
        aria-readonly={readOnly ? true : undefined}
        aria-describedby={describedBy || undefined}
        onClick={block}
        onChange={(e) => {
          if (!readOnly) void onToggle(item, e.target.checked);
        }}
      />
      <label htmlFor={inputId} className="checklist__label">
        <span className="checklist__text">{item.text}</span>
        {(item.required || auto) && (
          <span className="checklist__tags" aria-hidden="true">
            {item.required && (
              <span className="checklist__tag checklist__tag--required">Required</span>
            )}
            {auto && <span className="checklist__tag">Auto</span>}
          </span>
        )}
      </label>
      {meta && (
        <span id={metaId} className="visually-hidden">
          {meta}
        </span>
      )}
      {auto && rule && (
        <span id={whyId} className="checklist__why">
          {rule.why}
        </span>
      )}
      {auto && rule && !done && onFix && (
        <button type="button" className="link checklist__fix" onClick={() => onFix(rule.fix, item)}>
          {rule.fix.label}
        </button>
      )}
    </li>
  );
}
