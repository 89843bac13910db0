import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('the start checklist', () => {
  it('keeps its ticks across a reload, in localStorage only, and announces progress', async () => {
    const { page, requests, errors } = await site.open('/starta/checklista/');
    expect(await page.locator('.fc-checklist input[type=checkbox]').count()).toBe(12);
    await page.check('#steg-avsiktsforklaring');
    await page.check('#steg-budgetram');
    await expect.poll(() => page.locator('#fc-checklist-progress').textContent()).toBe('2 av 12 steg klara.');
    await page.reload();
    expect(await page.isChecked('#steg-avsiktsforklaring')).toBe(true);
    expect(await page.isChecked('#steg-budgetram')).toBe(true);
    expect(await page.isChecked('#steg-samtal')).toBe(false);
    expect(await page.locator('#fc-checklist-progress').textContent()).toBe('2 av 12 steg klara.');
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe('["avsiktsforklaring","budgetram"]');
    // Nothing was sent anywhere: every request stayed on the site and no cookie was set.
    expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is used with the keyboard: Space ticks a step, and the clear button empties the list', async () => {
    const { page } = await site.open('/starta/checklista/');
    await page.focus('#steg-samtal');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#steg-samtal')).toBe(true);
    await page.getByRole('button', { name: 'Ta bort alla markeringar' }).press('Enter');
    expect(await page.isChecked('#steg-samtal')).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe('[]');
    await page.context().close();
  });

  it('each step has an accessible name and its who and what as description', async () => {
    const { page } = await site.open('/starta/checklista/');
    const box = page.getByRole('checkbox', { name: '3. Avsiktsförklaring' });
    expect(await box.getAttribute('aria-describedby')).toBe('steg-avsiktsforklaring-detaljer');
    expect(await page.locator('#steg-avsiktsforklaring-detaljer').textContent()).toContain('Kommunen och regionen');
    await page.context().close();
  });

  it('without JavaScript it is a printable list that says ticks are not kept', async () => {
    const { page } = await site.open('/starta/checklista/', { javaScriptEnabled: false });
    expect(await page.locator('.fc-checklist li').count()).toBe(12);
    expect(await page.locator('#fc-checklist-actions').isVisible()).toBe(false);
    expect(await page.locator('noscript').textContent()).toContain('sparas inte');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('.fc-checklist li').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the self-assessment', () => {
  const answers: Record<string, 'ja' | 'delvis' | 'nej'> = {
    samlokalisering: 'ja',
    'gemensamma-grupper': 'nej',
    samordnare: 'delvis',
    styrgrupp: 'ja',
    planeringstid: 'nej',
    'oppen-forskola': 'ja',
    delaktighet: 'nej',
    // socialtjanst left unanswered
  };

  it('lists exactly the gaps ticked, with the chapters that help, and moves focus to the summary', async () => {
    const { page, requests, errors } = await site.open('/starta/sjalvskattning/');
    for (const [question, answer] of Object.entries(answers)) await page.check(`input[name="${question}"][value="${answer}"]`);
    await page.locator('#fc-assessment').getByRole('button', { name: 'Visa sammanfattning' }).click();
    const group = (key: string) => page.$$eval(`[data-group="${key}"] li strong`, (items) => items.map((i) => i.textContent));
    expect(await group('gaps')).toEqual(['Gemensamma grupper', 'Gemensam planeringstid', 'Föräldrars delaktighet']);
    expect(await group('partly')).toEqual(['Samordnare']);
    expect(await group('strengths')).toEqual(['Fullt ut samlokaliserad', 'Aktiv styrgrupp eller ledningsgrupp', 'Öppna förskolans öppettider']);
    expect(await group('unanswered')).toEqual(['Socialtjänsten på plats']);
    const helpLinks = await page.$$eval('[data-group="gaps"] a', (links) => links.map((a) => a.getAttribute('href')));
    expect(helpLinks).toEqual([
      '/vagledning/organisation-och-ledning/#gemensam-planeringstid-och-gemensamma-grupper',
      '/vagledning/organisation-och-ledning/#gemensam-planeringstid-och-gemensamma-grupper',
      '/vagledning/vardegrund/#föräldrar-och-barn-är-delaktiga',
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fc-assessment-summary');
    expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is answered with the keyboard alone', async () => {
    const { page } = await site.open('/starta/sjalvskattning/');
    await page.focus('input[name="samlokalisering"][value="ja"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight'); // radio group: moves to "Delvis" and selects it
    await page.keyboard.press('ArrowRight'); // "Nej"
    await page.focus('#fc-assessment button[type=submit]');
    await page.keyboard.press('Enter');
    expect(await page.$$eval('[data-group="gaps"] li strong', (items) => items.map((i) => i.textContent))).toEqual(['Fullt ut samlokaliserad']);
    await page.context().close();
  });

  it('without JavaScript shows every question with its chapter, to print', async () => {
    const { page } = await site.open('/starta/sjalvskattning/', { javaScriptEnabled: false });
    expect(await page.locator('#fc-assessment fieldset').count()).toBe(8);
    expect(await page.locator('#fc-assessment fieldset a').count()).toBe(8);
    expect(await page.locator('#fc-assessment-actions').isVisible()).toBe(false);
    expect(await page.locator('noscript').textContent()).toContain('skriva ut frågorna');
    await page.context().close();
  });
});
