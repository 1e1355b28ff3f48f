import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, loadSampleWorkspace, type Extension } from './harness';

/**
 * Chrome closes the popup on any click outside it: what was typed in its forms
 * must be there again when it opens next (the page is gone; only storage is left).
 */
const PILOT = 'Onboarding pilot: week 4 check-in';

describe('popup drafts in Chromium', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('Add a meeting: the text typed is back after the popup closes and opens again', async () => {
    const popup = await ext.openPage('popup.html', { width: 360, height: 720 });
    await popup.getByRole('button', { name: 'Add a meeting' }).click();
    const form = popup.getByRole('form', { name: 'Add a meeting' });
    await form.getByLabel('Find customer').fill('Globex');
    await form.getByLabel(/^Title/).pressSequentially('Security review with Priya');
    // Closed the way a click outside closes it: no unload handlers get to run.
    await popup.close({ runBeforeUnload: false });

    const again = await ext.openPage('popup.html', { width: 360, height: 720 });
    await again.getByRole('button', { name: 'Add a meeting' }).click();
    const restored = again.getByRole('form', { name: 'Add a meeting' });
    await expect
      .poll(() => restored.getByLabel(/^Title/).inputValue())
      .toBe('Security review with Priya');
    expect(await restored.getByLabel('Find customer').inputValue()).toBe('Globex');

    // Close forgets it.
    await restored.getByRole('button', { name: 'Close' }).click();
    await again.getByRole('button', { name: 'Add a meeting' }).click();
    expect(
      await again
        .getByRole('form', { name: 'Add a meeting' })
        .getByLabel(/^Title/)
        .inputValue(),
    ).toBe('');
    await again.close();
  });

  it('Edit meeting: an agenda typed in the popup is back after it closes', async () => {
    const popup = await ext.openPage('popup.html', { width: 360, height: 720 });
    await popup.getByRole('button', { name: new RegExp(PILOT.replace(/[:]/g, '.')) }).click();
    await popup.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = popup.getByRole('form', { name: `Edit ${PILOT}` });
    await form.getByLabel('Agenda').fill('1. Go-live date\n2. Training plan');
    await popup.close({ runBeforeUnload: false });

    const again = await ext.openPage('popup.html', { width: 360, height: 720 });
    await again.getByRole('button', { name: new RegExp(PILOT.replace(/[:]/g, '.')) }).click();
    await again.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect
      .poll(() =>
        again
          .getByRole('form', { name: `Edit ${PILOT}` })
          .getByLabel('Agenda')
          .inputValue(),
      )
      .toBe('1. Go-live date\n2. Training plan');
    await again.close();
  });
});
