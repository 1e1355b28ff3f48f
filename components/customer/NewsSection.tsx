import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import { listNews, markNewsShared, news as newsRepo } from '@/lib/db/news';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@/lib/forms/form-errors';
import { FieldError } from './FieldError';
import { MarkableList } from './MarkableList';
import { Section } from './Section';

/** News the customer would want to hear: not yet shared first. Add, mark shared. */
export function NewsSection({ customerId }: { customerId: string }) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const rows = useLiveQuery(() => listNews(db, customerId), [db, customerId]);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await newsRepo.create(db, { customerId, text, url: url.trim() || null }, now);
      setText('');
      setUrl('');
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(formErrorsFrom(error, { text: 'News', url: 'Link' }));
    }
  }

  async function toggle(newsId: string, shared: boolean) {
    try {
      await markNewsShared(db, newsId, shared, now);
    } catch (error) {
      setErrors(formErrorsFrom(error, {}));
    }
  }

  const unshared = (rows ?? []).filter((n) => n.sharedAt === null).length;

  return (
    <Section id="news" title="News to share" count={unshared}>
      {rows === undefined ? (
        <p className="muted">Loading news…</p>
      ) : (
        <div className="stack">
          {rows.length === 0 && (
            <p className="empty">
              Nothing to share yet. Add a release, a result or an idea they would value.
            </p>
          )}
          {rows.length > 0 && (
            <MarkableList
              rows={rows}
              isDone={(n) => n.sharedAt !== null}
              verb="shared"
              onToggle={(n, shared) => void toggle(n.id, shared)}
              extra={(n) =>
                n.url && (
                  <>
                    {' '}
                    <a
                      href={n.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={`Link for ${n.text}`}
                    >
                      link
                    </a>
                  </>
                )
              }
            />
          )}
          <form className="stack quick-add" onSubmit={add} aria-label="Add news" noValidate>
            <div className="field">
              <label htmlFor={`${id}-text`}>News</label>
              <input
                id={`${id}-text`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-invalid={errors.fields.text ? true : undefined}
                aria-describedby={errors.fields.text ? `${id}-text-error` : undefined}
              />
              <FieldError id={`${id}-text-error`} message={errors.fields.text} />
            </div>
            <div className="field-row">
              <div className="field grow">
                <label htmlFor={`${id}-url`}>Link (optional)</label>
                <input
                  id={`${id}-url`}
                  type="url"
                  inputMode="url"
                  value={url}
                  placeholder="https://"
                  onChange={(e) => setUrl(e.target.value)}
                  aria-invalid={errors.fields.url ? true : undefined}
                  aria-describedby={errors.fields.url ? `${id}-url-error` : undefined}
                />
                <FieldError id={`${id}-url-error`} message={errors.fields.url} />
              </div>
              <button type="submit" className="align-end">
                Add news
              </button>
            </div>
            {errors.general && (
              <p role="alert" className="field-error">
                {errors.general}
              </p>
            )}
          </form>
        </div>
      )}
    </Section>
  );
}
