import { useEffect, useState } from 'react';
import { Welcome } from './Welcome';

/** The sections of the workspace page, addressed by the URL hash (#welcome, …). */
const SECTIONS = [{ id: 'welcome', label: 'Welcome', render: () => <Welcome /> }] as const;

function currentSection(): string {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? id : SECTIONS[0].id;
}

export function Workspace() {
  const [section, setSection] = useState(currentSection);
  useEffect(() => {
    const onHash = () => setSection(currentSection());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const active = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  return (
    <div className="workspace">
      <nav aria-label="Workspace" className="row workspace-nav">
        <strong>Callprep</strong>
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} aria-current={s.id === section ? 'page' : undefined}>
            {s.label}
          </a>
        ))}
      </nav>
      <main className="workspace-main">{active.render()}</main>
    </div>
  );
}
