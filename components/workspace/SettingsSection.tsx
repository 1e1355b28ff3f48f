import { useLiveQuery } from 'dexie-react-hooks';
import { KeepInTouchDefault } from '@/components/today/KeepInTouchFields';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { BUILTIN_SITES } from '@/lib/sites';
import { addCustomHost, hostGranted, removeCustomHost } from '@/lib/sites/custom-hosts';
import { domain as domainSchema, email as emailSchema, type Settings } from '@/lib/db/models';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { isFreeMailDomain } from '@/lib/match/free-mail';
import { splitList } from '@/lib/forms/split-list';
import { turnAutoBackupOff, turnAutoBackupOn } from '@/lib/backup/toggle';
import { KEPT_BACKUPS } from '@/lib/backup/prune';
import { BACKUP_FOLDER } from '@/lib/backup/file-name';
import { errorText, useWorkspaceEnv } from './env';
import { useAutoBackup } from './useAutoBackup';

/** Own domains from free text: each valid and not free-mail, or a message saying which is not. */
export function parseOwnDomains(text: string): { domains: string[] } | { error: string } {
  const domains: string[] = [];
  for (const raw of splitList(text)) {
    const parsed = domainSchema.safeParse(raw);
    if (!parsed.success) return { error: `“${raw}” is not a domain (like yourcompany.com).` };
    if (isFreeMailDomain(parsed.data)) {
      return {
        error: `${parsed.data} is a free-mail domain: it is never matched as a customer anyway, so it need not be listed.`,
      };
    }
    if (!domains.includes(parsed.data)) domains.push(parsed.data);
  }
  if (domains.length > 50) return { error: 'At most 50 domains.' };
  return { domains };
}

/** Own mailboxes from free text: each a valid address, de-duplicated, or a message saying which is not. */
export function parseOwnEmails(text: string): { emails: string[] } | { error: string } {
  const emails: string[] = [];
  for (const raw of splitList(text)) {
    const parsed = emailSchema.safeParse(raw);
    if (!parsed.success) return { error: `“${raw}” is not an email address (like you@gmail.com).` };
    if (!emails.includes(parsed.data)) emails.push(parsed.data);
  }
  if (emails.length > 50) return { error: 'At most 50 addresses.' };
  return { emails };
}

/** Reminder minutes from an input's text: a whole number from 0 to 1440. */
export function parseReminderMinutes(text: string): { minutes: number } | { error: string } {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 1440) {
    return { error: 'Enter whole minutes from 0 to 1440 (24 hours).' };
  }
  return { minutes: n };
}

export function SettingsSection() {
  const { db } = useWorkspaceEnv();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  return (
    <section aria-labelledby="settings-title" className="stack">
      <h1 id="settings-title">Settings</h1>
      {settings === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <OwnDomains settings={settings} />
          {/* keyed by the list: a mailbox Gmail reports while this page is open shows at once */}
          <OwnEmails key={settings.ownEmails.join()} settings={settings} />
          <Reminder settings={settings} />
          <KeepInTouchDefault settings={settings} />
          <AutoBackup />
          <Sites settings={settings} />
          <CustomHosts settings={settings} />
        </>
      )}
    </section>
  );
}

/**
 * A setting that is a list typed one entry per line: parsed on save, the error
 * beside the field, nothing saved until every entry is valid.
 */
function ListSetting({
  title,
  label,
  rows,
  initial,
  parse,
  save: store,
  saveLabel,
}: {
  title: string;
  label: string;
  rows: number;
  initial: string[];
  parse: (text: string) => { values: string[] } | { error: string };
  save: (values: string[]) => Promise<unknown>;
  saveLabel: string;
}) {
  const id = useId();
  const [text, setText] = useState(initial.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const parsed = parse(text);
    if ('error' in parsed) return (setError(parsed.error), setSaved(false));
    try {
      await store(parsed.values);
      setText(parsed.values.join('\n'));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <form className="card stack" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <label htmlFor={`${id}-list`}>{label}</label>
      <textarea
        id={`${id}-list`}
        rows={rows}
        value={text}
        onChange={(e) => (setText(e.target.value), setSaved(false))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit">{saveLabel}</button>
        <span role="status" className="muted">
          {saved ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}

function OwnDomains({ settings }: { settings: Settings }) {
  const { db } = useWorkspaceEnv();
  return (
    <ListSetting
      title="Your own email domains"
      label="Domains of your company, one per line (mail from these is never matched as a customer)"
      rows={3}
      initial={settings.ownDomains}
      parse={(text) => {
        const parsed = parseOwnDomains(text);
        return 'error' in parsed ? parsed : { values: parsed.domains };
      }}
      save={(ownDomains) => updateSettings(db, { ownDomains })}
      saveLabel="Save domains"
    />
  );
}

function OwnEmails({ settings }: { settings: Settings }) {
  const { db } = useWorkspaceEnv();
  return (
    <ListSetting
      title="Your own mailboxes"
      label="Your addresses, one per line (never taken for a customer’s contact). Callprep adds the mailbox you are signed in to on Gmail by itself."
      rows={2}
      initial={settings.ownEmails}
      parse={(text) => {
        const parsed = parseOwnEmails(text);
        return 'error' in parsed ? parsed : { values: parsed.emails };
      }}
      save={(ownEmails) => updateSettings(db, { ownEmails })}
      saveLabel="Save addresses"
    />
  );
}

function Reminder({ settings }: { settings: Settings }) {
  const { db } = useWorkspaceEnv();
  const id = useId();
  const [text, setText] = useState(String(settings.reminderMinutes));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const parsed = parseReminderMinutes(text);
    if ('error' in parsed) return (setError(parsed.error), setSaved(false));
    try {
      await updateSettings(db, { reminderMinutes: parsed.minutes });
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <form className="card stack" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Meeting reminder</h2>
      <div className="row">
        <label htmlFor={`${id}-minutes`}>Remind me this many minutes before a meeting</label>
        <input
          id={`${id}-minutes`}
          inputMode="numeric"
          className="narrow"
          value={text}
          onChange={(e) => (setText(e.target.value), setSaved(false))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit">Save</button>
        <span role="status" className="muted">
          {saved ? 'Saved' : ''}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}

function Sites({ settings }: { settings: Settings }) {
  const { db } = useWorkspaceEnv();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  async function toggle(site: string, on: boolean) {
    const disabled = on
      ? settings.disabledSites.filter((s) => s !== site)
      : [...settings.disabledSites, site];
    try {
      await updateSettings(db, { disabledSites: disabled });
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <fieldset className="card stack">
      <legend>
        <h2 id={`${id}-title`}>Sites Callprep recognizes</h2>
      </legend>
      <ul className="plain-list sites-grid">
        {BUILTIN_SITES.map((s) => (
          <li key={s.id}>
            <label>
              <input
                type="checkbox"
                checked={!settings.disabledSites.includes(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />{' '}
              {s.label}
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function CustomHosts({ settings }: { settings: Settings }) {
  const { db, hosts } = useWorkspaceEnv();
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    if (!hosts) return;
    let live = true;
    void Promise.all(settings.customHosts.map((h) => hostGranted(hosts, h))).then((flags) => {
      if (live) setGranted(Object.fromEntries(settings.customHosts.map((h, i) => [h, flags[i]!])));
    });
    return () => {
      live = false;
    };
  }, [hosts, settings.customHosts]);

  function add(e: FormEvent) {
    e.preventDefault();
    if (!hosts) return setError('This browser cannot add hosts from here.');
    setBusy(true);
    // The permission request must start inside the click: no await before it.
    void addCustomHost(hosts, db, input, settings.customHosts).then((result) => {
      setBusy(false);
      if (result.ok) {
        setInput('');
        setError(null);
      } else setError(result.error);
    });
  }

  async function remove(host: string) {
    try {
      if (hosts) await removeCustomHost(hosts, db, host);
      else
        await updateSettings(db, {
          customHosts: settings.customHosts.filter((h) => h !== host),
        });
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Custom CRM hosts</h2>
      <p className="muted">
        A CRM at its own address (self-hosted, a regional instance)? Add its host: your browser asks
        you to allow Callprep on that one host only.
      </p>
      {settings.customHosts.length > 0 && (
        <ul className="plain-list stack">
          {settings.customHosts.map((h) => (
            <li key={h} className="row">
              <code>{h}</code>
              {granted[h] === false && (
                <span className="badge-warn">Access not granted: remove it and add it again</span>
              )}
              <button type="button" onClick={() => remove(h)} aria-label={`Remove ${h}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={add}>
        <label htmlFor={`${id}-host`}>Host</label>
        <input
          id={`${id}-host`}
          value={input}
          placeholder="crm.example.com"
          onChange={(e) => setInput(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" disabled={busy}>
          Add host
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * The automatic backup's switch. Turning it on asks the browser for the
 * `downloads` permission there and then (the click is the gesture it needs);
 * turning it off gives the permission back.
 */
function AutoBackup() {
  const { db, now } = useWorkspaceEnv();
  const { api, state, granted, refresh } = useAutoBackup();
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const on = granted && state?.enabled === true;

  function toggle(checked: boolean) {
    if (!api) return;
    setBusy(true);
    setMessage(null);
    // No await before turnAutoBackupOn: its permission request needs this click.
    const done = checked
      ? turnAutoBackupOn(api, { db, now }).then((r) =>
          setMessage(
            !r.on
              ? { ok: false, text: r.error }
              : r.first.ok
                ? {
                    ok: true,
                    text: `On. The first backup is in your Downloads folder: ${r.first.filename}.`,
                  }
                : {
                    ok: false,
                    text:
                      'error' in r.first
                        ? `On, but the first backup could not be written: ${r.first.error}`
                        : 'On.',
                  },
          ),
        )
      : turnAutoBackupOff(api).then(() =>
          setMessage({
            ok: true,
            text: 'Off. The backups already written stay in your Downloads folder.',
          }),
        );
    void done
      .catch((e) => setMessage({ ok: false, text: errorText(e) }))
      .finally(() => (setBusy(false), refresh()));
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Automatic backup</h2>
      <p className="muted">
        A copy of everything Callprep keeps, saved as a file in your Downloads folder (
        {BACKUP_FOLDER}/) every day and before each restore, import and update of Callprep. The last{' '}
        {KEPT_BACKUPS} are kept; older ones Callprep wrote are removed. The files never leave your
        computer. Your browser asks you to allow Callprep to save files when you turn it on.
      </p>
      {!api ? (
        <p className="muted">This browser cannot save backup files by itself.</p>
      ) : (
        <label>
          <input
            type="checkbox"
            checked={on}
            disabled={busy || state === null}
            onChange={(e) => toggle(e.target.checked)}
          />{' '}
          Back up automatically
        </label>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'field-error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
