import { useState } from 'react';
import { useWorkspaceEnv } from '@/components/workspace/env';
import { TodaySections } from './TodaySections';
import { useToday } from './useToday';

/** Today as the workspace's first page: a line opens the customer's page. */
export function WorkspaceToday() {
  const { db, now } = useWorkspaceEnv();
  // Read once per visit; the data itself stays live.
  const [at] = useState(now);
  const state = useToday(db, at);
  return (
    <section aria-labelledby="today-title" className="stack workspace-today">
      <h1 id="today-title">Today</h1>
      {!state ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : (
        <TodaySections
          today={state.today}
          hasCustomers={state.hasCustomers}
          complete={state.complete}
          onOpen={(id) => {
            location.hash = `#customers/${encodeURIComponent(id)}`;
          }}
          links={{ welcome: '#welcome', data: '#data', calendar: '#calendar', newTab: false }}
        />
      )}
    </section>
  );
}
