import { useEffect, useId, useRef } from 'react';
import { SHORTCUTS } from '@/lib/panel/shortcuts';

/** The keyboard shortcuts, in a small non-modal popover; Esc or the button closes it. */
export function HelpPopover({
  open,
  onToggle,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open) panel.current?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="help">
      <button
        ref={button}
        type="button"
        className="icon help-button"
        aria-expanded={open}
        aria-controls={`${id}-help`}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => onToggle(!open)}
      >
        ?
      </button>
      {open && (
        <div
          id={`${id}-help`}
          ref={panel}
          className="help-popover card"
          role="dialog"
          aria-label="Keyboard shortcuts"
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onToggle(false);
            }
          }}
        >
          <h2>Keyboard shortcuts</h2>
          <dl className="shortcuts">
            {SHORTCUTS.map((s) => (
              <div key={s.what} className="shortcut">
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={() => onToggle(false)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
