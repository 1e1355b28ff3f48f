/** The side panel's keyboard shortcuts, listed in its help popover. */
export const SHORTCUTS = [
  { keys: ['?'], what: 'Show or hide these shortcuts' },
  { keys: ['/'], what: 'Find a customer' },
  { keys: ['N'], what: 'Write a note' },
  { keys: ['Ctrl', 'Enter'], what: 'Start a new note (⌘ Enter on a Mac)' },
  { keys: ['↑', '↓', 'Enter'], what: 'Choose in the customer list' },
  { keys: ['Esc'], what: 'Close the list or this help' },
] as const;

/** True when a key press belongs to a text field, not to the panel's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return false;
}
