import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { WorkspaceToday } from '@/components/today/WorkspaceToday';
import { getDb } from '@/lib/db';
import { MyRecord } from './MyRecord';
import { WorkspaceEnvProvider, type WorkspaceEnv } from './env';
import { Welcome } from './Welcome';
import './workspace.css';

// The pages a seller lands on (Today, Welcome, My record) come with the page;
// the others (the calendar parser, CSV import, backups, editors) are fetched
// when opened, so landing on one never parses them all.
const CustomersSection = lazy(() =>
  import('./CustomersSection').then((m) => ({ default: m.CustomersSection })),
);
const NotesSearch = lazy(() => import('./NotesSearch').then((m) => ({ default: m.NotesSearch })));
const TemplatesSection = lazy(() =>
  import('./TemplatesSection').then((m) => ({ default: m.TemplatesSection })),
);
const CalendarSection = lazy(() =>
  import('./CalendarSection').then((m) => ({ default: m.CalendarSection })),
);
const DataSection = lazy(() => import('./DataSection').then((m) => ({ default: m.DataSection })));
const SettingsSection = lazy(() =>
  import('./SettingsSection').then((m) => ({ default: m.SettingsSection })),
);

type Route = { section: string; param: string | null };

/** The sections of the workspace page, addressed by the URL hash (#today, #customers/<id>, …). */
const SECTIONS = [
  // Every work day starts with the customers: Today is the first page.
  { id: 'today', label: 'Today', render: () => <WorkspaceToday /> },
  { id: 'welcome', label: 'Welcome', render: () => <Welcome /> },
  {
    id: 'customers',
    label: 'Customers',
    render: (r: Route) => <CustomersSection key={r.param ?? ''} customerId={r.param} />,
  },
  { id: 'notes', label: 'Notes', render: () => <NotesSearch /> },
  { id: 'record', label: 'My record', render: () => <MyRecord /> },
  { id: 'templates', label: 'Templates', render: () => <TemplatesSection /> },
  { id: 'calendar', label: 'Calendar', render: () => <CalendarSection /> },
  { id: 'data', label: 'Import / export', render: () => <DataSection /> },
  { id: 'settings', label: 'Settings', render: () => <SettingsSection /> },
] as const;

export function parseRoute(hash: string): Route {
  const [section = '', ...rest] = hash.replace(/^#/, '').split('/');
  const param = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return SECTIONS.some((s) => s.id === section)
    ? { section, param }
    : { section: SECTIONS[0].id, param: null };
}

/** The real world, minus the browser APIs (entrypoints/options/main.tsx passes those in). */
function defaultEnv(): WorkspaceEnv {
  return {
    db: getDb(),
    now: () => Date.now(),
    hosts: null,
    storage: typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null,
  };
}

export function Workspace({ env }: { env?: WorkspaceEnv }) {
  const value = useMemo(() => env ?? defaultEnv(), [env]);
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const active = SECTIONS.find((s) => s.id === route.section) ?? SECTIONS[0];
  return (
    <WorkspaceEnvProvider env={value}>
      <div className="workspace">
        <nav aria-label="Workspace" className="row workspace-nav">
          <strong>Callprep</strong>
          {SECTIONS.map((s) => (
            <a
              key={s.id}
              href={`#${s.id}`}
              aria-current={s.id === route.section ? 'page' : undefined}
            >
              {s.label}
            </a>
          ))}
        </nav>
        <main className="workspace-main">
          <Suspense fallback={<p className="muted">Opening {active.label}…</p>}>
            {active.render(route)}
          </Suspense>
        </main>
      </div>
    </WorkspaceEnvProvider>
  );
}
