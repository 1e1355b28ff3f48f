import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import { listContacts } from '@/lib/db/contacts';
import { goals as goalRepo, listGoals, reorderGoals } from '@/lib/db/goals';
import type { Contact, Goal } from '@/lib/db/models';
import { GoalForm } from './GoalForm';
import { GoalItem, type GoalItemHandle } from './GoalItem';
import { Section } from './Section';

/**
 * What the customer wants to accomplish: always the first section. Goals are
 * added, edited, reordered (within their status) and marked achieved in place.
 */
export function GoalsSection({
  customerId,
  now,
  read,
}: {
  customerId: string;
  now: number;
  /**
   * This customer's goals and people, read live by the caller (the side panel reads
   * them with the customer, so name and goals share a frame). Without it, the
   * section reads them itself.
   */
  read?: { goals: Goal[]; people: Contact[] };
}) {
  const { db, now: clock } = usePanelEnv();
  const own = read === undefined;
  const ownRows = useLiveQuery(
    () => (own ? listGoals(db, customerId) : undefined),
    [db, customerId, own],
  );
  // The people at the account: a goal may be one person's rather than the account's.
  const ownPeople = useLiveQuery(
    () => (own ? listContacts(db, customerId) : undefined),
    [db, customerId, own],
  );
  const rows = read ? read.goals : ownRows;
  const people = (read ? read.people : ownPeople) ?? [];
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const handles = useRef(new Map<string, GoalItemHandle>());
  // After a move, keep focus on the moved goal's button once the list shows the new order.
  const [refocus, setRefocus] = useState<{
    id: string;
    direction: 'up' | 'down';
    index: number;
  } | null>(null);

  useEffect(() => {
    if (!refocus || rows?.[refocus.index]?.id !== refocus.id) return;
    handles.current.get(refocus.id)?.focusMove(refocus.direction);
    setRefocus(null);
  }, [rows, refocus]);

  async function move(list: Goal[], index: number, direction: 'up' | 'down') {
    const other = direction === 'up' ? index - 1 : index + 1;
    const ids = list.map((g) => g.id);
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    setRefocus({ id: list[index]!.id, direction, index: other });
    try {
      await reorderGoals(db, ids, clock());
    } catch (e) {
      setError(`Could not move the goal: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function achieve(goal: Goal) {
    try {
      await goalRepo.update(db, goal.id, { status: 'achieved', progress: 100 }, clock);
    } catch (e) {
      setError(`Could not mark it achieved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const sameGroup = (a: Goal | undefined, b: Goal | undefined) =>
    a !== undefined && b !== undefined && a.status === b.status;

  return (
    <Section id="goals" title="Goals" hint="What they want to accomplish, in their words">
      {rows === undefined ? (
        <p className="muted">Loading goals…</p>
      ) : (
        <>
          {rows.length === 0 && editing !== 'new' && (
            <p className="empty">
              No goals yet. Ask what they want to accomplish, and write it in their words.
            </p>
          )}
          {rows.length > 0 && (
            <ol className="goal-list">
              {rows.map((goal, i) =>
                editing === goal.id ? (
                  <li key={goal.id} className="goal">
                    <GoalForm
                      customerId={customerId}
                      goal={goal}
                      people={people}
                      onDone={() => setEditing(null)}
                    />
                  </li>
                ) : (
                  <GoalItem
                    key={goal.id}
                    ref={(h) => {
                      if (h) handles.current.set(goal.id, h);
                      else handles.current.delete(goal.id);
                    }}
                    goal={goal}
                    owner={people.find((p) => p.id === goal.contactId)?.name}
                    now={now}
                    canMoveUp={sameGroup(rows[i - 1], goal)}
                    canMoveDown={sameGroup(rows[i + 1], goal)}
                    onMove={(direction) => void move(rows, i, direction)}
                    onEdit={() => setEditing(goal.id)}
                    onAchieved={() => void achieve(goal)}
                  />
                ),
              )}
            </ol>
          )}
          {editing === 'new' ? (
            <GoalForm
              customerId={customerId}
              nextPriority={rows.reduce((max, g) => Math.max(max, g.priority + 1), 0)}
              people={people}
              onDone={() => setEditing(null)}
            />
          ) : (
            <div className="row">
              <button type="button" onClick={() => setEditing('new')}>
                + Add a goal
              </button>
            </div>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
