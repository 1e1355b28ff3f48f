import { questionInput, questionSchema, type Question } from './models';
import { makeRepository, systemClock, type Clock } from './repo';
import type { CallprepDB } from './schema';

export const questions = makeRepository(
  'Question',
  (db) => db.questions,
  questionInput,
  questionSchema,
);

/** Not yet asked first, oldest first within each group (the order they were planned). */
export async function listQuestions(db: CallprepDB, customerId: string): Promise<Question[]> {
  const rows = await db.questions.where('customerId').equals(customerId).toArray();
  return rows.sort(
    (a, b) => Number(a.askedAt !== null) - Number(b.askedAt !== null) || a.createdAt - b.createdAt,
  );
}

export async function markQuestionAsked(
  db: CallprepDB,
  id: string,
  asked: boolean,
  clock: Clock = systemClock,
) {
  return questions.update(db, id, { askedAt: asked ? clock() : null }, clock);
}
