import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import { listQuestions, markQuestionAsked, questions as questionRepo } from '@/lib/db/questions';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@/lib/forms/form-errors';
import { FieldError } from './FieldError';
import { MarkableList } from './MarkableList';
import { Section } from './Section';

/** Questions that help understand what they really need: not yet asked first. */
export function QuestionsSection({ customerId }: { customerId: string }) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const rows = useLiveQuery(() => listQuestions(db, customerId), [db, customerId]);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await questionRepo.create(db, { customerId, text }, now);
      setText('');
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(formErrorsFrom(error, { text: 'Question' }));
    }
  }

  async function toggle(questionId: string, asked: boolean) {
    try {
      await markQuestionAsked(db, questionId, asked, now);
    } catch (error) {
      setErrors(formErrorsFrom(error, {}));
    }
  }

  const open = (rows ?? []).filter((q) => q.askedAt === null).length;

  return (
    <Section id="questions" title="Questions to ask" count={open}>
      {rows === undefined ? (
        <p className="muted">Loading questions…</p>
      ) : (
        <div className="stack">
          {rows.length === 0 && (
            <p className="empty">
              No questions yet. What would you need to know to really help them?
            </p>
          )}
          {rows.length > 0 && (
            <MarkableList
              rows={rows}
              isDone={(q) => q.askedAt !== null}
              verb="asked"
              onToggle={(q, asked) => void toggle(q.id, asked)}
            />
          )}
          <form
            className="field-row quick-add"
            onSubmit={add}
            aria-label="Add a question"
            noValidate
          >
            <div className="field grow">
              <label htmlFor={`${id}-text`}>Question to ask</label>
              <input
                id={`${id}-text`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-invalid={errors.fields.text ? true : undefined}
                aria-describedby={errors.fields.text ? `${id}-text-error` : undefined}
              />
              <FieldError id={`${id}-text-error`} message={errors.fields.text} />
            </div>
            <button type="submit" className="align-end">
              Add question
            </button>
          </form>
          {errors.general && (
            <p role="alert" className="field-error">
              {errors.general}
            </p>
          )}
        </div>
      )}
    </Section>
  );
}
