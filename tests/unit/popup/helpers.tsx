import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { PopupEnvProvider, type PopupEnv } from '@/components/popup/env';
import { customers } from '@/lib/db/customers';
import { customerSchema, type Customer } from '@/lib/db/models';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import { CallprepDB } from '@/lib/db/schema';
import { nameTokens, normalizeCompanyName } from '@/lib/match/normalize';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { DEFAULT_TEMPLATES } from '@/lib/readiness/templates';
import type { TabState } from '@/lib/session/tab-state';
import { local } from '../clock';
export { DAY, HOUR } from '../clock';

/** Monday 23 Nov 2026, 09:00 local time. */
export const NOW = local(2026, 11, 23, 9, 0);

export async function makeWorld() {
  const db = new CallprepDB(`popup-${crypto.randomUUID()}`);
  await seedBuiltinTemplates(db, 0);
  const northwind = await customers.create(db, {
    name: 'Northwind Logistics',
    domains: ['northwind-logistics.com'],
  });
  const globex = await customers.create(db, { name: 'Globex Health' });
  const followUp = DEFAULT_TEMPLATES.find((t) => t.key === 'follow-up')!;
  const meeting = (customerId: string, title: string, startsAt: number, extra = {}) =>
    createMeetingWithChecklist(
      db,
      { customerId, title, startsAt, templateId: 'builtin-follow-up', ...extra },
      followUp.items,
      () => NOW,
    );
  return { db, northwind, globex, meeting };
}

/** `count` valid customers named "Customer 00000"…, with ids c-0…, for list-size tests. */
export function numberedCustomers(count: number): Customer[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Customer ${String(i).padStart(5, '0')}`;
    const nameKey = normalizeCompanyName(name);
    return customerSchema.parse({
      id: `c-${i}`,
      name,
      nameKey,
      nameTokens: nameTokens(nameKey),
      createdAt: 0,
      updatedAt: 0,
    });
  });
}

export function makeEnv(db: CallprepDB, tab: TabState | null = null) {
  const env = {
    db,
    now: () => NOW,
    send: vi.fn(async () => undefined),
    loadTabState: vi.fn(async () => tab),
    openPanel: vi.fn(async () => 'sidepanel'),
    workspaceUrl: (hash: string) => `chrome-extension://test/options.html${hash}`,
  } satisfies PopupEnv;
  return env;
}

export function renderPopup(env: PopupEnv) {
  return render(
    <PopupEnvProvider env={env}>
      <Popup />
    </PopupEnvProvider>,
  );
}
