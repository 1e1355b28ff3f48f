import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  parseOwnDomains,
  parseOwnEmails,
  parseReminderMinutes,
  SettingsSection,
} from '@/components/workspace/SettingsSection';
import type { CustomHostsApi } from '@/lib/sites/custom-hosts';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from './render';

describe('settings validation', () => {
  it('own domains: valid, de-duplicated, never free-mail', () => {
    expect(parseOwnDomains('Seller.com\nhttps://www.seller.io/, seller.com')).toEqual({
      domains: ['seller.com', 'seller.io'],
    });
    expect(parseOwnDomains('seller')).toEqual({
      error: expect.stringMatching(/“seller” is not a domain/),
    });
    expect(parseOwnDomains('gmail.com')).toEqual({ error: expect.stringMatching(/free-mail/) });
  });

  it('reminder minutes: whole minutes within a day', () => {
    expect(parseReminderMinutes(' 10 ')).toEqual({ minutes: 10 });
    for (const bad of ['', '-1', '1441', '2.5', 'soon']) {
      expect(parseReminderMinutes(bad)).toHaveProperty('error');
    }
  });
});

describe('settings section', () => {
  it('saves own domains and shows a bad one beside the field', async () => {
    const db = freshDb();
    renderWithEnv(<SettingsSection />, db);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/Domains of your company/);
    await user.type(field, 'seller.com{Enter}not a domain');
    await user.click(screen.getByRole('button', { name: 'Save domains' }));
    expect(await screen.findByText(/“not” is not a domain/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, 'seller.com');
    await user.click(screen.getByRole('button', { name: 'Save domains' }));
    await waitFor(async () => expect((await getSettings(db)).ownDomains).toEqual(['seller.com']));
  });

  it('saves the reminder lead time and refuses a bad one', async () => {
    const db = freshDb();
    renderWithEnv(<SettingsSection />, db);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/minutes before a meeting/);
    await user.clear(field);
    await user.type(field, '2000');
    const form = field.closest('form')!;
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/0 to 1440/);
    await user.clear(field);
    await user.type(field, '30');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getSettings(db)).reminderMinutes).toBe(30));
  });

  it('a full disk while saving says so and what to do', async () => {
    const db = freshDb();
    renderWithEnv(<SettingsSection />, db);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/minutes before a meeting/);
    vi.spyOn(db.settings, 'put').mockRejectedValue(
      Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
    );
    await user.clear(field);
    await user.type(field, '30');
    const form = field.closest('form')!;
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      /no room left.*not saved.*Free some disk space/,
    );
  });

  it('switches a built-in site off and on', async () => {
    const db = freshDb();
    renderWithEnv(<SettingsSection />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('LinkedIn'));
    await waitFor(async () => expect((await getSettings(db)).disabledSites).toEqual(['linkedin']));
    await user.click(screen.getByLabelText('LinkedIn'));
    await waitFor(async () => expect((await getSettings(db)).disabledSites).toEqual([]));
  });

  it('adds a custom host through the permission prompt, and refuses a wildcard first', async () => {
    const db = freshDb();
    const hosts: CustomHostsApi = {
      permissions: {
        request: vi.fn(async () => true),
        remove: vi.fn(async () => true),
        contains: vi.fn(async () => true),
      },
      scripting: {
        registerContentScripts: vi.fn(async () => {}),
        unregisterContentScripts: vi.fn(async () => {}),
        getRegisteredContentScripts: vi.fn(async () => []),
      },
    };
    renderWithEnv(<SettingsSection />, db, { hosts });
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Host');
    await user.type(field, '*');
    await user.click(screen.getByRole('button', { name: 'Add host' }));
    expect(await screen.findByText(/Wildcards are not allowed/)).toBeInTheDocument();
    expect(hosts.permissions.request).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, 'crm.example.com/app');
    await user.click(screen.getByRole('button', { name: 'Add host' }));
    expect(await screen.findByText(/without a path/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'crm.example.com');
    await user.click(screen.getByRole('button', { name: 'Add host' }));
    expect(await screen.findByText('crm.example.com')).toBeInTheDocument();
    expect(hosts.permissions.request).toHaveBeenCalledWith({
      origins: ['https://crm.example.com/*'],
      permissions: ['scripting'],
    });
    expect((await getSettings(db)).customHosts).toEqual(['crm.example.com']);
    await user.click(screen.getByRole('button', { name: 'Remove crm.example.com' }));
    await waitFor(async () => expect((await getSettings(db)).customHosts).toEqual([]));
  });
});

describe('own mailboxes', () => {
  it('parses addresses, lower-cased and de-duplicated, and names a bad one', () => {
    expect(parseOwnEmails('Sam@Gmail.com\nsam@gmail.com, sam@mycorp.com')).toEqual({
      emails: ['sam@gmail.com', 'sam@mycorp.com'],
    });
    expect(parseOwnEmails('sam at gmail')).toEqual({
      error: expect.stringMatching(/“sam” is not an email address/),
    });
  });

  it('shows the mailbox Gmail reported, and saves the seller’s edits', async () => {
    const db = freshDb();
    await updateSettings(db, { ownEmails: ['sam.seller@gmail.com'] });
    renderWithEnv(<SettingsSection />, db);
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/Your addresses/);
    expect(field).toHaveValue('sam.seller@gmail.com');
    await user.type(field, '{Enter}Sam@MyCorp.com');
    await user.click(screen.getByRole('button', { name: 'Save addresses' }));
    await waitFor(async () =>
      expect((await getSettings(db)).ownEmails).toEqual(['sam.seller@gmail.com', 'sam@mycorp.com']),
    );
  });
});
