/**
 * The few browser APIs the readiness background modules call, as structural
 * types, so unit tests pass WXT's `fakeBrowser` and production passes `browser`.
 */
export type AlarmInfo = { name: string; scheduledTime: number; periodInMinutes?: number };

export type AlarmsApi = {
  create(
    name: string,
    info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
  ): unknown;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<AlarmInfo[]>;
  get(name: string): Promise<AlarmInfo | undefined>;
};

export type NotificationsApi = {
  create(
    id: string,
    options: {
      type: 'basic';
      iconUrl: string;
      title: string;
      message: string;
      contextMessage?: string;
      priority?: number;
      requireInteraction?: boolean;
    },
  ): Promise<string>;
  clear(id: string): Promise<boolean>;
};

export type ActionApi = {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle(details: { title: string; tabId?: number }): Promise<void> | void;
};
