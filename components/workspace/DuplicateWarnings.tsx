import { useLiveQuery } from 'dexie-react-hooks';
import type { DuplicateWarning } from '@/lib/db/duplicates';

/**
 * The warnings for what a form holds, recomputed as the seller types (index
 * reads only): each says why, and offers the customer that already has it.
 * Never blocking: a second "Acme" may be right, and the seller decides.
 */
export function useDuplicateWarnings(
  check: () => Promise<DuplicateWarning[]>,
  deps: unknown[],
): DuplicateWarning[] {
  return useLiveQuery(check, deps) ?? [];
}

export function DuplicateWarnings({
  id,
  warnings,
}: {
  id: string;
  warnings: readonly DuplicateWarning[];
}) {
  if (warnings.length === 0) return null;
  return (
    <ul id={id} className="alert-warn duplicate-warnings" aria-live="polite">
      {warnings.map((w) => (
        <li key={`${w.field}:${w.message}`}>
          {w.message}{' '}
          {w.existing && (
            <a href={`#customers/${encodeURIComponent(w.existing.customerId)}`}>
              Open {w.existing.name}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
