import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openPanelFor } from '@/lib/background/open-panel';
import { readPanelTarget, setPanelTarget } from '@/lib/session/panel-target';

describe('openPanelFor', () => {
  it('opens on a chosen customer, or (null) forgets the choice so the panel follows the active tab', async () => {
    const session = fakeBrowser.storage.session;
    const open = vi.fn(async () => undefined);
    const env = { session, sidePanel: { open }, windowId: 4 };

    expect(await openPanelFor(env, { customerId: 'c1', meetingId: 'm1', at: 5 })).toBe('sidepanel');
    expect(await readPanelTarget(session)).toEqual({ customerId: 'c1', meetingId: 'm1', at: 5 });

    await setPanelTarget(session, { customerId: 'c2', at: 6 });
    expect(await openPanelFor(env, null)).toBe('sidepanel');
    expect(await readPanelTarget(session)).toBeNull();
    expect(open).toHaveBeenCalledTimes(2);
    expect(open).toHaveBeenLastCalledWith({ windowId: 4 });
  });
});
