import type { ReactNode } from 'react';

/**
 * A form field: a label tied to its control by id (never wrapping it, so the
 * control's name is just the label), and the error beside it as its description.
 * Give the control `id={id}` and `aria-describedby={describedBy(id, error)}`.
 */
export function Field({
  id,
  label,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={['popup-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <span id={`${id}-err`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

export const describedBy = (id: string, error: string | undefined) =>
  error ? `${id}-err` : undefined;
