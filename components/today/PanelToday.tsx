import { usePanelEnv } from '@/components/panel/PanelEnv';
import { TodaySections } from './TodaySections';
import { useToday } from './useToday';

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
        customerCount={state.customerCount}
        onOpen={onPick}
        links={{
          welcome: welcomeUrl,
          data: welcomeUrl.replace(/#.*$/, '') + '#data',
          newTab: true,
        }}
      />
    </section>
  );
}
