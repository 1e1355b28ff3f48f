import type { ReactNode } from 'react';

/** A titled panel section, labelled by its heading for screen-reader navigation. */
export function Section({
  id,
  title,
  hint,
  count,
  children,
  className = '',
}: {
  id: string;
  title: string;
  hint?: string;
  count?: number;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      id={`panel-${id}`}
      className={`panel-section ${className}`}
      aria-labelledby={`panel-${id}-title`}
    >
      <div className="section-head">
        <h2 id={`panel-${id}-title`}>
          {title}
          {count !== undefined && count > 0 && <span className="count"> {count}</span>}
        </h2>
        {hint && <p className="section-hint muted">{hint}</p>}
      </div>
      {children}
    </section>
  );
}
