import { forwardRef, useImperativeHandle, useRef } from 'react';
import type { Goal } from '@/lib/db/models';
import { relativeDay } from '@/lib/format/dates';
import { GOAL_STATUS_LABEL } from './GoalForm';

export type GoalItemHandle = { focusMove(direction: 'up' | 'down'): void };

/** One goal: the customer's words first, then why, measure, status, date and progress. */
export const GoalItem = forwardRef<
  GoalItemHandle,
  {
    goal: Goal;
    /** the contact whose goal it is; none for the account's own */
    owner?: string;
    now: number;
    canMoveUp: boolean;
    canMoveDown: boolean;
    onMove: (direction: 'up' | 'down') => void;
    onEdit: () => void;
    onAchieved: () => void;
  }
>(function GoalItem({ goal, owner, now, canMoveUp, canMoveDown, onMove, onEdit, onAchieved }, ref) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({
    focusMove(direction) {
      const wanted = direction === 'up' ? up.current : down.current;
      const other = direction === 'up' ? down.current : up.current;
      (wanted && !wanted.disabled ? wanted : other)?.focus();
    },
  }));
  const closed = goal.status === 'achieved' || goal.status === 'dropped';
  const late = !closed && goal.targetDate !== null && goal.targetDate < now;
  return (
    <li className={`goal goal-${goal.status}`}>
      <div className="goal-main">
        <p className="goal-statement">{goal.statement}</p>
        <span className={`chip status-${goal.status}`}>{GOAL_STATUS_LABEL[goal.status]}</span>
      </div>
      {owner && <p className="goal-detail muted">{owner}’s goal</p>}
      {goal.why && (
        <p className="goal-detail">
          <span className="muted">Why: </span>
          {goal.why}
        </p>
      )}
      {goal.measure && (
        <p className="goal-detail">
          <span className="muted">Measure: </span>
          {goal.measure}
        </p>
      )}
      <div className="goal-progress row">
        <progress max={100} value={goal.progress} aria-label={`Progress: ${goal.statement}`} />
        <span className="small">{goal.progress}%</span>
        {goal.targetDate !== null && (
          <span className={`small ${late ? 'text-danger' : 'muted'}`}>
            by {relativeDay(goal.targetDate, now)}
            {late ? ' (past)' : ''}
          </span>
        )}
      </div>
      <div className="goal-actions row">
        {goal.status !== 'achieved' && (
          <button
            type="button"
            onClick={onAchieved}
            aria-label={`Mark achieved: ${goal.statement}`}
          >
            Mark achieved
          </button>
        )}
        <button type="button" onClick={onEdit} aria-label={`Edit goal: ${goal.statement}`}>
          Edit
        </button>
        <span className="spacer" />
        <button
          ref={up}
          type="button"
          className="icon"
          disabled={!canMoveUp}
          onClick={() => onMove('up')}
          aria-label={`Move up: ${goal.statement}`}
          title="Move up"
        >
          ↑
        </button>
        <button
          ref={down}
          type="button"
          className="icon"
          disabled={!canMoveDown}
          onClick={() => onMove('down')}
          aria-label={`Move down: ${goal.statement}`}
          title="Move down"
        >
          ↓
        </button>
      </div>
    </li>
  );
});
