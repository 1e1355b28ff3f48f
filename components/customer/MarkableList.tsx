import type { ReactNode } from 'react';

/**
 * A short list the seller works through during a call (news shared, questions
 * asked): each row's text, anything extra after it, and one button that marks
 * it done or not. Done rows are dimmed, not hidden.
 */
export function MarkableList<T extends { id: string; text: string }>({
  rows,
  isDone,
  verb,
  onToggle,
  extra,
}: {
  rows: T[];
  isDone: (row: T) => boolean;
  /** past participle: "shared", "asked" */
  verb: string;
  onToggle: (row: T, done: boolean) => void;
  extra?: (row: T) => ReactNode;
}) {
  const Verb = verb.charAt(0).toUpperCase() + verb.slice(1);
  return (
    <ul className="short-list">
      {rows.map((row) => {
        const done = isDone(row);
        return (
          <li key={row.id} className={done ? 'is-done' : ''}>
            <span className="item-text">
              {row.text}
              {extra?.(row)}
            </span>
            <button
              type="button"
              onClick={() => onToggle(row, !done)}
              aria-label={`${done ? `Mark not ${verb}` : `Mark ${verb}`}: ${row.text}`}
            >
              {done ? `Not ${verb}` : Verb}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
