import { useMemo } from 'react';
import { KeepInTouchField } from '@/components/today/KeepInTouchFields';
import { GoalsSection } from '@/components/customer/GoalsSection';
import { NewsSection } from '@/components/customer/NewsSection';
import { PromisesSection } from '@/components/customer/PromisesSection';
import { QuestionsSection } from '@/components/customer/QuestionsSection';
import { HistorySection } from '@/components/panel/HistorySection';
import { RelationshipRecord } from '@/components/record/RelationshipRecord';
import { PanelEnvProvider, type PanelEnv } from '@/components/panel/PanelEnv';
import '@/components/panel/panel.css';
import type { Customer } from '@/lib/db/models';
import { useWorkspaceEnv } from '../env';
import { Contacts } from './Contacts';
import { CrmLinks } from './CrmLinks';
import { CustomerForm } from './CustomerForm';
import { DeleteCustomer } from './DeleteCustomer';
import { UpcomingMeetings } from './UpcomingMeetings';

/**
 * One customer's page in the workspace: the sections it shares with the side
 * panel (components/customer/, which read the panel's env, given here without
 * messaging or session) around the workspace's own forms.
 */
export function CustomerView({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const panelEnv = useMemo<PanelEnv>(
    () => ({
      db,
      now,
      loadLearn: async () => null,
      send: async () => undefined,
      session: null,
      welcomeUrl: '#welcome',
    }),
    [db, now],
  );
  return (
    <section aria-labelledby="customer-title" className="stack customer-detail">
      <p>
        <a href="#customers">← Customers</a>
      </p>
      <h1 id="customer-title">{customer.name}</h1>
      <PanelEnvProvider env={panelEnv}>
        {/* goals first, as on every screen; then the promises both ways */}
        <div className="panel workspace-panel">
          <GoalsSection customerId={customer.id} now={now()} />
          <PromisesSection customerId={customer.id} meetingId={null} now={now()} />
        </div>
        <RelationshipRecord db={db} customerId={customer.id} now={now()} full />
        <CustomerForm customer={customer} />
        <KeepInTouchField key={customer.keepInTouchDays ?? 'default'} customer={customer} />
        <Contacts customerId={customer.id} />
        <CrmLinks customer={customer} />
        <div className="panel workspace-panel">
          <NewsSection customerId={customer.id} />
          <QuestionsSection customerId={customer.id} />
        </div>
        {/* what happened and what is coming: meetings, their summaries and every note */}
        <UpcomingMeetings customerId={customer.id} />
        <div className="panel workspace-panel">
          <HistorySection customerId={customer.id} currentMeetingId={null} now={now()} />
        </div>
      </PanelEnvProvider>
      <DeleteCustomer customer={customer} />
    </section>
  );
}
