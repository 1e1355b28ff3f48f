import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { PrepareMeeting } from '@/components/PrepareMeeting';
import type { Meeting } from '@/lib/db/models';
import type { MeetingReadiness } from '@/lib/readiness/load';
import type { TabState } from '@/lib/session/tab-state';
import { AddMeetingForm } from './AddMeetingForm';
import { notifyChanged, usePopupEnv, usePopupNow } from './env';
import { useFirstRead, type FirstRead } from './first-read';
import { loadPopupData, popupWindow, type PopupData } from './load-popup';
import { MeetingCard } from './MeetingCard';
import { OverdueList } from './OverdueList';
import { dayLabel, startOfDay } from './time';
import './popup.css';

export { POPUP_DAYS } from './load-popup';

/**
 * The toolbar popup: overdue promises of ours first, "Prepare this meeting" on a
 * calendar event, then today's and the next 7 days' meetings with readiness,
 * each expandable to tick its checklist inline; add a meeting.
 */
export function Popup({
  firstRead,
}: {
  /** the same read, started before React (entrypoints/popup/main.tsx): shown until the live one answers */
  firstRead?: FirstRead<PopupData>;
} = {}) {
  const env = usePopupEnv();
  const now = usePopupNow();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [tab, setTab] = useState<TabState | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Whatever changed since (sample loaded, time passed): the badge catches up on open.
    notifyChanged(env);
    let live = true;
    env
      .loadTabState()
      .then((s) => live && setTab(s))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [env]);

  const { from, to } = popupWindow(now);
  const live = useLiveQuery(
    () => loadPopupData(env.db, now, focusId),
    // from/to: the window moves at midnight
    [env.db, from, to, now, focusId],
  );
  // useLiveQuery keeps its last result across new deps, so the first read stands in only once.
  const early = useFirstRead(firstRead);
  const data = live ?? early;
  const loaded = data !== undefined;

  useEffect(() => {
    if (!loaded) return;
    // Subscribed calendars catch up on open, after the list is on screen: the calendar
    // reader (ical.js) is a chunk of its own that the first frame never waits for.
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs before the frame that shows the list; the timer, after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        import('@/lib/calendar/feed/on-open')
          .then((feeds) => feeds.refreshFeedsOnOpen(env.db))
          .catch((e) => console.error('Callprep: calendar feeds', e));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [env, loaded]);

  function reveal(meeting: Meeting) {
    setFocusId(meeting.id);
    setExpanded(meeting.id);
    setAdding(false);
    requestAnimationFrame(() => {
      listRef.current
        ?.querySelector(`[data-meeting-id="${CSS.escape(meeting.id)}"]`)
        ?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  const match = tab?.match && !tab.match.ambiguous ? tab.match : null;
  const groups = groupByDay(data?.meetings ?? [], now);

  return (
    <div className="popup">
      <header className="popup__header">
        <h1>Callprep</h1>
        <span className="row popup__header-actions">
          <button
            type="button"
            // Synchronous in the click: sidePanel.open() needs the user gesture.
            onClick={() => void env.openPanel(null)}
          >
            Open side panel<span className="visually-hidden"> for this tab</span>
          </button>
          <a href={env.workspaceUrl('')} target="_blank" rel="noreferrer">
            Workspace
          </a>
        </span>
      </header>

      {data === undefined ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : (
        <>
          <OverdueList rows={data.overdue} customers={data.customers} now={now} />

          <PrepareMeeting
            db={env.db}
            signal={tab?.signal ?? null}
            customer={match ? { id: match.customerId, name: match.name } : null}
            onOpen={(m) => reveal(m)}
            now={env.now}
          />

          {!data.anyCustomer ? (
            <EmptyState
              welcomeUrl={env.workspaceUrl('#welcome')}
              workspaceUrl={env.workspaceUrl('')}
            />
          ) : (
            <>
              <div className="popup__bar">
                <h2 id="upcoming-h">Upcoming meetings</h2>
                {!adding && (
                  <button type="button" onClick={() => setAdding(true)}>
                    Add a meeting
                  </button>
                )}
              </div>
              {adding && (
                <AddMeetingForm
                  defaultCustomerId={match?.customerId}
                  onAdded={reveal}
                  onClose={() => setAdding(false)}
                />
              )}
              <div ref={listRef} aria-labelledby="upcoming-h" role="region">
                {groups.length === 0 ? (
                  <p className="muted popup__none">
                    No meetings today or in the next 7 days. Add one to get its checklist.
                  </p>
                ) : (
                  groups.map((g) => (
                    <section key={g.day} aria-label={g.label} className="popup__day">
                      <h3 className="popup__day-title">{g.label}</h3>
                      <ul className="popup__meetings">
                        {g.entries.map((entry) => (
                          <MeetingCard
                            key={entry.meeting.id}
                            entry={entry}
                            customer={data.customers.get(entry.meeting.customerId)}
                            expanded={expanded === entry.meeting.id}
                            onExpandedChange={(open) => setExpanded(open ? entry.meeting.id : null)}
                          />
                        ))}
                      </ul>
                    </section>
                  ))
                )}
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}

function groupByDay(entries: MeetingReadiness[], now: number) {
  const groups: { day: number; label: string; entries: MeetingReadiness[] }[] = [];
  for (const entry of [...entries].sort((a, b) => a.meeting.startsAt - b.meeting.startsAt)) {
    const day = startOfDay(entry.meeting.startsAt);
    let g = groups[groups.length - 1];
    if (!g || g.day !== day) groups.push((g = { day, label: dayLabel(day, now), entries: [] }));
    g.entries.push(entry);
  }
  return groups;
}

function EmptyState({ welcomeUrl, workspaceUrl }: { welcomeUrl: string; workspaceUrl: string }) {
  return (
    <section className="card stack popup__empty" aria-labelledby="empty-h">
      <h2 id="empty-h">No customers yet</h2>
      <p>
        Callprep lists your meetings here with how ready you are for each, and reminds you before
        they start.
      </p>
      <ul>
        <li>
          <a href={welcomeUrl} target="_blank" rel="noreferrer">
            Load the sample workspace
          </a>{' '}
          to see it working in a minute, or
        </li>
        <li>
          <a href={workspaceUrl} target="_blank" rel="noreferrer">
            add a customer in the workspace
          </a>
          , then add a meeting here.
        </li>
      </ul>
    </section>
  );
}
