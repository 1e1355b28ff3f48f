import type { ReactNode } from 'react';
import { timeOfDay } from '@/lib/format/dates';
import { readinessLabel } from '@/lib/readiness/score';
import { keepInTouchWarning, lastTouchWords } from '@/lib/touch/keep-in-touch';
import { TODAY_SECTIONS, isTodayEmpty, type Today } from '@/lib/today/sections';
import { TodayEmpty, type TodayLinks } from './TodayEmpty';
import './today.css';

/** A section shows this many lines, then says how many more there are. */
export const TODAY_LINES = 8;

const TITLES: Record<(typeof TODAY_SECTIONS)[number], string> = {
  meetings: 'Today’s meetings',
  promises: 'Promises due',
  news: 'News to share',
  goals: 'Goals that need a hand',
  losingTouch: 'Losing touch',
};

type Line = { key: string; customerId: string; loud?: boolean; body: ReactNode };

function linesOf(today: Today, section: (typeof TODAY_SECTIONS)[number]): Line[] {
  switch (section) {
    case 'meetings':
      return today.meetings.map((m) => ({
        key: m.meeting.id,
        customerId: m.customerId,
        body: (
          <>
            <span className="today-when">{timeOfDay(m.meeting.startsAt)}</span>{' '}
            <strong>{m.customerName}</strong> {m.meeting.title}{' '}
            <span className={m.readiness.ready ? 'today-ready' : 'today-meta'}>
              {readinessLabel(m.readiness)}
            </span>
            {m.next && <span className="today-meta today-next-step">Next: {m.next}</span>}
          </>
        ),
      }));
    case 'promises':
      return today.promises.map((p) => {
        const who = p.promise.owner === 'us' ? 'We promised' : 'They promised';
        return {
          key: p.promise.id,
          customerId: p.customerId,
          loud: p.loud,
          body: (
            <>
              <strong>{p.customerName}</strong> <span className="today-meta">{who}:</span>{' '}
              {p.promise.text}{' '}
              <span className={p.loud ? 'today-late' : 'today-meta'}>{p.lateness}</span>
            </>
          ),
        };
      });
    case 'news':
      return today.news.map((n) => ({
        key: n.news.id,
        customerId: n.customerId,
        body: (
          <>
            <strong>{n.customerName}</strong> {n.news.text}{' '}
            <span className="today-meta">{n.age}</span>
          </>
        ),
      }));
    case 'goals':
      return today.goals.map((g) => ({
        key: g.goal.id,
        customerId: g.customerId,
        body: (
          <>
            <strong>{g.customerName}</strong> {g.goal.statement}{' '}
            <span className="today-meta">{g.reason}</span>
          </>
        ),
      }));
    case 'losingTouch':
      return today.losingTouch.map((t) => {
        const warning = keepInTouchWarning(t.keepInTouch);
        return {
          key: t.customerId,
          customerId: t.customerId,
          loud: t.keepInTouch.level === 'loud',
          body: (
            <>
              <strong>{t.customerName}</strong>{' '}
              <span className="today-meta">{lastTouchWords(t.keepInTouch)}</span>{' '}
              <span className={t.keepInTouch.level === 'loud' ? 'today-late' : 'today-meta'}>
                {warning}
              </span>
            </>
          ),
        };
      });
  }
}

/**
 * Today's five sections in their order; an empty section is left out, and an
 * entirely empty Today says what to do next. Each line is one button that
 * opens its customer (`onOpen`).
 */
export function TodaySections({
  today,
  hasCustomers,
  onOpen,
  links,
  headingLevel = 2,
  complete = true,
}: {
  today: Today;
  /** whether the workspace has any customer (an empty Today says what to do first) */
  hasCustomers: boolean;
  /** false while losing touch is still being weighed */
  complete?: boolean;
  onOpen: (customerId: string) => void;
  links: TodayLinks;
  headingLevel?: 2 | 3;
}) {
  // Not "nothing to do" before losing touch has been weighed.
  if (hasCustomers && isTodayEmpty(today) && !complete) {
    return (
      <p className="muted" role="status">
        Loading Today…
      </p>
    );
  }
  if (!hasCustomers || isTodayEmpty(today)) {
    return <TodayEmpty hasCustomers={hasCustomers} links={links} />;
  }
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="today stack">
      {TODAY_SECTIONS.map((section) => {
        const lines = linesOf(today, section);
        if (lines.length === 0) return null;
        const id = `today-${section}`;
        return (
          <section key={section} className="today-section" aria-labelledby={id}>
            <H id={id}>
              {TITLES[section]} <span className="count">{lines.length}</span>
            </H>
            <ul className="today-lines">
              {lines.slice(0, TODAY_LINES).map((line) => (
                <li key={line.key} className={line.loud ? 'is-loud' : undefined}>
                  <button
                    type="button"
                    className="today-line"
                    onClick={() => onOpen(line.customerId)}
                  >
                    {line.body}
                  </button>
                </li>
              ))}
            </ul>
            {lines.length > TODAY_LINES && (
              <p className="today-more muted small">and {lines.length - TODAY_LINES} more</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
