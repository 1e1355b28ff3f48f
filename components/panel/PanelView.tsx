import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { GoalsSection } from '@/components/customer/GoalsSection';
import { NewsSection } from '@/components/customer/NewsSection';
import { PromisesSection } from '@/components/customer/PromisesSection';
import { QuestionsSection } from '@/components/customer/QuestionsSection';
import { listContacts } from '@/lib/db/contacts';
import { listGoals } from '@/lib/db/goals';
import { listCustomerMeetings } from '@/lib/db/meetings';
import { hasCustomers } from '@/lib/queries/customers';
import type { Meeting } from '@/lib/db/models';
import { currentMeetingOf } from '@/lib/meetings/current-meeting';
import { alternativesOf, type PanelSubject } from '@/lib/panel/resolve-customer';
import { isTypingTarget } from '@/lib/panel/shortcuts';
import { FIX_TARGETS } from '@/lib/readiness/fix-targets';
import type { RuleFix } from '@/lib/readiness/rules';
import { PanelToday } from '@/components/today/PanelToday';
import { CustomerHeader } from './CustomerHeader';
import { CustomerPicker } from './CustomerPicker';
import { HelpPopover } from './HelpPopover';
import { HistorySection } from './HistorySection';
import { LiveNotes } from './LiveNotes';
import { MeetingSection } from './MeetingSection';
import { OverdueBanner } from './OverdueBanner';
import { ReportPageButton } from './ReportPageButton';
import { useNow, usePanelEnv } from './PanelEnv';
import { useAfterFrame } from './useAfterFrame';
import './panel.css';

const scopeOf = (customerId: string | null, requestedId: string | undefined) =>
  `${customerId ?? ''}\n${requestedId ?? ''}`;

/**
 * The meeting the panel shows, held until the seller switches customer or opens
 * another meeting (`open`, e.g. "Prepare this meeting"): the clock alone never
 * changes it, so the note box keeps its text and its meeting through an
 * overrunning call.
 */
function useShownMeeting(
  customerId: string | null,
  requestedId: string | undefined,
  meetings: Meeting[] | undefined,
  now: number,
): { current: Meeting | undefined; open: (meeting: Meeting) => void } {
  const scope = scopeOf(customerId, requestedId);
  const [shown, setShown] = useState<{ scope: string; meetingId: string; chosen: boolean } | null>(
    null,
  );
  const mine = shown?.scope === scope ? shown : null;
  // A meeting the seller opened here counts as asked for, like one opened from the popup.
  const asked = mine?.chosen ? mine.meetingId : requestedId;
  const current = meetings ? currentMeetingOf(meetings, now, asked, mine?.meetingId) : undefined;
  const currentId = current?.id;
  const shownId = mine?.meetingId;
  // A meeting just opened (created a moment ago) may not be in `meetings` yet: wait for it.
  const waiting = !!mine?.chosen && !!meetings && !meetings.some((m) => m.id === mine.meetingId);
  useEffect(() => {
    if (!waiting && currentId !== undefined && currentId !== shownId) {
      setShown({ scope, meetingId: currentId, chosen: false });
    }
  }, [scope, currentId, shownId, waiting]);
  const open = (meeting: Meeting) =>
    setShown({
      // another customer's meeting: held for when the panel shows that customer
      scope: meeting.customerId === customerId ? scope : scopeOf(meeting.customerId, undefined),
      meetingId: meeting.id,
      chosen: true,
    });
  return { current, open };
}

/**
 * The side panel for one subject (a customer, or nothing recognized), top to
 * bottom: overdue promises, who and why, goals, this meeting, promises, news,
 * questions, live notes, history. With no customer, Today.
 */
export function PanelView({
  subject,
  onPick,
  onLearned,
  tabId = null,
}: {
  subject: PanelSubject;
  onPick: (customerId: string) => void;
  onLearned: (customerId: string) => void;
  /** the tab the panel shows, for "Report this page" */
  tabId?: number | null;
}) {
  const { db } = usePanelEnv();
  const now = useNow();
  const [help, setHelp] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const customerId = subject.kind === 'customer' ? subject.customerId : null;
  const requestedMeeting = subject.kind === 'customer' ? subject.meetingId : undefined;

  const anyCustomer = useLiveQuery(() => hasCustomers(db), [db]);
  // The goals and the people come in the customer's own read, so the frame that
  // shows the name shows the goals too (a read of GoalsSection's own would wait a frame).
  const shown = useLiveQuery(async () => {
    if (!customerId) return null;
    const [row, goals, people] = await Promise.all([
      db.customers.get(customerId),
      listGoals(db, customerId),
      listContacts(db, customerId),
    ]);
    return row ? { customer: row, goalsAndPeople: { goals, people } } : null;
  }, [db, customerId]);
  const customer = shown === undefined ? undefined : (shown?.customer ?? null);
  const meetings = useLiveQuery(
    async () => (customerId ? listCustomerMeetings(db, customerId) : []),
    [db, customerId],
  );
  const { current, open: openMeeting } = useShownMeeting(
    customerId,
    requestedMeeting,
    meetings,
    now,
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape' && help) {
        setHelp(false);
        return;
      }
      if (isTypingTarget(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelp((h) => !h);
      } else if (e.key === '/') {
        e.preventDefault();
        picker.current?.focus();
      } else if (e.key === 'n' || e.key === 'N') {
        if (!noteBox.current) return;
        e.preventDefault();
        noteBox.current.focus();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [help]);

  function goTo(fix: RuleFix) {
    const target = document.querySelector<HTMLElement>(FIX_TARGETS[fix.section]);
    if (!target) return;
    if (!target.hasAttribute('tabindex') && target.tagName !== 'TEXTAREA') {
      target.setAttribute('tabindex', '-1');
    }
    target.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  }

  const loading =
    anyCustomer === undefined ||
    (customerId !== null && (customer === undefined || meetings === undefined));
  const belowFold = useAfterFrame(!loading && customer ? customer.id : null);

  return (
    <div className="panel">
      <div className="topbar">
        <CustomerPicker
          label="Find a customer"
          placeholder="Find a customer…  ( / )"
          candidates={alternativesOf(subject)}
          excludeId={customerId ?? undefined}
          onSelect={(id) => onPick(id)}
          inputRef={picker}
        />
        <HelpPopover open={help} onToggle={setHelp} />
      </div>
      {loading ? (
        <p className="muted loading" role="status">
          Loading…
        </p>
      ) : (
        <main className="panel-main">
          {customer && <OverdueBanner customerId={customer.id} now={now} />}
          <CustomerHeader
            subject={subject}
            customer={customer ?? undefined}
            onPick={onPick}
            onLearned={onLearned}
          />
          <ReportPageButton tabId={tabId} signal={subject.signal} />
          {customerId && customer === null && (
            <p className="alert-warn" role="status">
              That customer no longer exists (it may have been deleted). Pick another one.
            </p>
          )}
          {/* No customer on this tab: the day's work, under the page's own actions. */}
          {!customer && <PanelToday now={now} onPick={onPick} />}
          {customer && (
            <>
              <GoalsSection customerId={customer.id} now={now} read={shown?.goalsAndPeople} />
              <MeetingSection
                customer={customer}
                meeting={current}
                meetings={meetings ?? []}
                now={now}
                onFix={goTo}
                signal={subject.signal}
                onOpenMeeting={(m) => {
                  openMeeting(m);
                  if (m.customerId !== customer.id) onPick(m.customerId);
                }}
              />
              {belowFold && (
                <>
                  <PromisesSection
                    customerId={customer.id}
                    meetingId={current?.id ?? null}
                    now={now}
                  />
                  <NewsSection customerId={customer.id} />
                  <QuestionsSection customerId={customer.id} />
                  <LiveNotes
                    customerId={customer.id}
                    meetingId={current?.id ?? null}
                    textareaRef={noteBox}
                  />
                  <HistorySection
                    customerId={customer.id}
                    currentMeetingId={current?.id ?? null}
                    now={now}
                  />
                </>
              )}
            </>
          )}
        </main>
      )}
    </div>
  );
}
