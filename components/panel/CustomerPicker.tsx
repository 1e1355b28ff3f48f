import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { Candidate } from '@/lib/match/types';
import { confidenceInWords } from '@/lib/format/confidence';
import { searchCustomers } from '@/lib/queries/customers';
import { usePanelEnv } from './PanelEnv';

type Option = { customerId: string; name: string; detail?: string };

/**
 * A keyboard-searchable customer picker (ARIA combobox with a listbox): type to
 * filter, ↑/↓ to move, Enter to choose, Esc to close. The page's other likely
 * customers come first, with why they might fit.
 */
export function CustomerPicker({
  label,
  placeholder,
  candidates = [],
  excludeId,
  onSelect,
  inputRef,
  autoFocus,
  visibleLabel = false,
}: {
  label: string;
  placeholder?: string;
  candidates?: Candidate[];
  excludeId?: string;
  onSelect: (customerId: string, name: string) => void | Promise<void>;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  visibleLabel?: boolean;
}) {
  const { db } = usePanelEnv();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Enter pressed before the results for what was typed came back: choose once they do.
  const [enterPending, setEnterPending] = useState(false);

  // Only read customers while the list is open: the panel must paint fast with 10,000 of them.
  // Each result says which query it answers: useLiveQuery keeps the previous result until the
  // new one arrives, and Enter must never choose from the list for an older query.
  const result = useLiveQuery(
    async () => ({ query, open, rows: open ? await searchCustomers(db, query, 20) : [] }),
    [db, open, query],
  );
  const fresh = result !== undefined && result.query === query && result.open === open;
  const found = result?.rows;

  const options: Option[] = [];
  const seen = new Set<string>(excludeId ? [excludeId] : []);
  if (query.trim() === '') {
    for (const c of candidates) {
      if (seen.has(c.customerId)) continue;
      seen.add(c.customerId);
      options.push({
        customerId: c.customerId,
        name: c.name,
        detail: `${confidenceInWords(c.confidence)}: ${c.reason}`,
      });
    }
  }
  for (const c of found ?? []) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    options.push({ customerId: c.id, name: c.name });
  }
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && options.length > 0;

  function choose(option: Option | undefined) {
    setEnterPending(false);
    if (!option) return;
    setOpen(false);
    setQuery('');
    setActive(0);
    void onSelect(option.customerId, option.name);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive(options.length ? (activeIndex + 1) % options.length : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive(options.length ? (activeIndex - 1 + options.length) % options.length : 0);
    } else if (e.key === 'Enter') {
      if (open && !fresh) {
        e.preventDefault();
        setEnterPending(true);
      } else if (expanded) {
        e.preventDefault();
        choose(options[activeIndex]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else if (query) {
        e.preventDefault();
        setQuery('');
      }
    } else if (e.key === 'Home' && expanded) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && expanded) {
      e.preventDefault();
      setActive(options.length - 1);
    }
  }

  // After every render on purpose: the results for the typed query arrive as a render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!enterPending || !fresh) return;
    if (options.length) choose(options[activeIndex]);
    else setEnterPending(false);
  });

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`} className={visibleLabel ? 'picker-label' : 'visually-hidden'}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(e) => {
          setEnterPending(false);
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setEnterPending(false);
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              key={o.customerId}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className="picker-option"
              // Keep focus in the input: choosing must not blur it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="picker-name">{o.name}</span>
              {o.detail && <span className="picker-detail muted">{o.detail}</span>}
            </li>
          ))}
      </ul>
      {open && fresh && options.length === 0 && (
        <p className="picker-empty muted" role="status">
          {query.trim() ? `No customer named like “${query.trim()}”.` : 'No customers yet.'}
        </p>
      )}
    </div>
  );
}
