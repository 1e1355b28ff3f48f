import { configure, render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import { customers } from '@/lib/db/customers';
import { CallprepDB } from '@/lib/db/schema';
import { PanelEnvProvider, type LearnApi, type PanelEnv } from '@/components/panel/PanelEnv';
import { local } from '../clock';
export { DAY } from '../clock';

// IndexedDB (fake) and live queries answer asynchronously; the machine is shared: be patient.
configure({ asyncUtilTimeout: 5000 });

/** A fresh database per test: no test relies on the app's singleton. */
export function freshDb(): CallprepDB {
  return new CallprepDB('t-' + crypto.randomUUID());
}

/** Noon on a Wednesday, local time: far from day boundaries. */
export const NOW = local(2026, 11, 18, 12, 0, 0);

export function makeEnv(overrides: Partial<PanelEnv> = {}): PanelEnv {
  return {
    db: overrides.db ?? freshDb(),
    now: () => NOW,
    loadLearn: async () => null,
    send: vi.fn(async () => undefined),
    session: null,
    welcomeUrl: 'chrome-extension://test/options.html#welcome',
    ...overrides,
  };
}

export function renderWithEnv(
  ui: ReactElement,
  env: PanelEnv = makeEnv(),
  options?: RenderOptions,
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PanelEnvProvider env={env}>{children}</PanelEnvProvider>
  );
  return { env, ...render(ui, { wrapper, ...options }) };
}

export async function makeCustomer(db: CallprepDB, name = 'Northwind Logistics') {
  return customers.create(db, { name, domains: ['northwind-logistics.com'] }, () => NOW);
}

export function fakeLearn(): LearnApi & {
  linkPageToCustomer: ReturnType<typeof vi.fn>;
  createCustomerFromSignal: ReturnType<typeof vi.fn>;
} {
  return {
    linkPageToCustomer: vi.fn(async () => ({ customer: { id: 'linked' }, contacts: [] })),
    createCustomerFromSignal: vi.fn(async (db: CallprepDB, _signal, options) =>
      customers.create(db, { name: options.name ?? 'From page' }),
    ),
    suggestCustomerName: vi.fn(() => 'Globex Health'),
  };
}
