import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { WorkspaceEnvProvider, type WorkspaceEnv } from '@/components/workspace/env';
import type { CallprepDB } from '@/lib/db/schema';

export function renderWithEnv(ui: ReactNode, db: CallprepDB, extra: Partial<WorkspaceEnv> = {}) {
  const env: WorkspaceEnv = {
    db,
    now: () => Date.UTC(2026, 10, 23, 9, 0),
    hosts: null,
    storage: null,
    ...extra,
  };
  return render(<WorkspaceEnvProvider env={env}>{ui}</WorkspaceEnvProvider>);
}
