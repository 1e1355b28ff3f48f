import { usePanelEnv } from '@/components/panel/PanelEnv';
import { TodaySections } from './TodaySections';
import { useToday } from './useToday';

/** The workspace pages an empty Today points to, beside the welcome page. */
function workspaceLinks(welcomeUrl: string) {
  const base = welcomeUrl.replace(/#.*$/, '');
  return { welcome: welcomeUrl, data: `${base}#data`, calendar: `${base}#calendar`, newTab: true };
}

/** Today in the side panel, under the unmatched page's actions: a line selects its customer. */
export function PanelToday({ now, onPick }: { now: number; onPick: (customerId: string) => void }) {
  const { db, welcomeUrl } = usePanelEnv();
  const state = useToday(db, now);
  if (!state) {
    return (
      <p className="muted" role="status">
        Loading Today…
      </p>
    );
  }
  return (
    <section aria-label="Today" className="panel-today">
      <TodaySections
        today={state.today}
        hasCustomers={state.hasCustomers}
        complete={state.complete}
        onOpen={onPick}
        links={workspaceLinks(welcomeUrl)}
      />
    </section>
  );
}
