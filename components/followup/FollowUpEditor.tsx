import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { CallprepDB } from '@/lib/db/schema';
import { followUpSubject, followUpText } from '@/lib/followup/draft';
import { readFollowUpDraft, writeFollowUpDraft } from '@/lib/followup/draft-store';
import { followUpRecipients, loadFollowUpInput, markFollowUpSent } from '@/lib/followup/load';
import { followUpMailto, MAILTO_MAX_LENGTH } from '@/lib/followup/mailto';
import { dayAndTime } from '@/lib/format/dates';
import { pageDraftStorage, type DraftStorage } from '@/lib/forms/note-autosave';
import { describeSaveError } from '@/lib/io/errors';
import './followup.css';

export type FollowUpEditorProps = {
  db: CallprepDB;
  meeting: { id: string; followUpSentAt?: number | null };
  clock: () => number;
  /** where the draft is kept while editing (the pages' localStorage by default) */
  storage?: DraftStorage | null;
  /** writes to the clipboard (navigator.clipboard by default) */
  copy?: (text: string) => Promise<void>;
  headingLevel?: 3 | 4;
  /** told when the follow-up is marked sent (e.g. to refresh the badge) */
  onSent?: () => void;
};

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

/**
 * "Write the follow-up": a plain-text email drafted from the meeting (thanks,
 * what we heard, the promises both ways with dates, the next meeting), editable,
 * kept on every keystroke so closing the panel or popup loses nothing; copied,
 * or opened as mailto: to the customer's contacts; marking it sent records a touch.
 */
export function FollowUpEditor({
  db,
  meeting,
  clock,
  storage = pageDraftStorage(),
  copy = defaultCopy,
  headingLevel = 3,
  onSent,
}: FollowUpEditorProps) {
  const id = useId();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  // Everything the draft names, live: a promise ticked meanwhile is in "Start again".
  const input = useLiveQuery(
    () => loadFollowUpInput(db, meeting.id, clock()),
    [db, meeting.id, clock],
  );
  // A draft kept from before (the panel closed mid-edit) opens as it was left.
  const [text, setText] = useState<string | null>(
    () => readFollowUpDraft(storage, meeting.id)?.text ?? null,
  );
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  function start() {
    if (!input) return setError('This meeting no longer exists.');
    setError(null);
    writeFollowUpDraft(storage, meeting.id, null);
    setText(followUpText(input));
    setStatus('');
  }

  function edit(value: string) {
    setText(value);
    writeFollowUpDraft(storage, meeting.id, { text: value, at: clock() });
    setStatus('');
  }

  async function copyText(text: string, said: string) {
    try {
      await copy(text);
      setStatus(said);
      setError(null);
    } catch {
      setError('The browser did not allow copying: select the text and copy it by hand.');
    }
  }

  async function sent() {
    try {
      await markFollowUpSent(db, meeting.id, clock);
      writeFollowUpDraft(storage, meeting.id, null);
      setText(null);
      setStatus('Marked as sent.');
      setError(null);
      onSent?.();
    } catch (e) {
      setError(describeSaveError(e));
    }
  }

  const sentAt = meeting.followUpSentAt ?? null;
  const subject = input ? followUpSubject(input) : '';
  const to = input ? followUpRecipients(input) : [];
  const mail = text !== null && input ? followUpMailto(to, subject, text) : null;

  return (
    <div className="follow-up stack" aria-labelledby={`${id}-title`} role="group">
      <H id={`${id}-title`} className="small-heading">
        Follow-up
      </H>
      {sentAt !== null && (
        <p className="muted small">Follow-up sent {dayAndTime(sentAt, clock())}.</p>
      )}
      {text === null ? (
        <button type="button" onClick={start} disabled={input === undefined}>
          Write the follow-up
        </button>
      ) : (
        <>
          <p className="small">
            <span className="muted">To: </span>
            <span>{to.length > 0 ? to.join(', ') : 'no contact with an email yet'}</span>
            <br />
            <span className="muted">Subject: </span>
            <span>{subject}</span>
          </p>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Follow-up email
          </label>
          <textarea
            id={`${id}-text`}
            className="follow-up-text"
            rows={14}
            value={text}
            onChange={(e) => edit(e.target.value)}
          />
          <div className="row follow-up-actions">
            <button
              type="button"
              className="primary"
              onClick={() => void copyText(text, 'Copied to the clipboard.')}
            >
              Copy to clipboard
            </button>
            {mail && (
              <a
                className="button"
                href={mail.url}
                onClick={() => {
                  // Too long for a mailto: the full text goes to the clipboard first.
                  if (mail.shortened) {
                    void copyText(
                      text,
                      `Too long for a mail link (over ${MAILTO_MAX_LENGTH.toLocaleString('en-US')} characters): the email opens shortened, and the full text is on your clipboard to paste over it.`,
                    );
                  }
                }}
              >
                Open in your mail app
              </a>
            )}
            <button type="button" onClick={() => void sent()}>
              Mark as sent
            </button>
            <button type="button" onClick={start}>
              Start again
            </button>
          </div>
          {mail?.shortened && (
            <p className="muted small">
              This email is too long for a mail link: “Open in your mail app” opens it shortened and
              puts the full text on your clipboard.
            </p>
          )}
        </>
      )}
      <p role="status" className="muted small">
        {status}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
