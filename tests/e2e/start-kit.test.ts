import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';
import { listEntries } from '../support/site-data';

const steps = listEntries<{ id: string; order: number; title: string; who: string }>('start-steps.yaml');
const questions = listEntries<{ id: string; order: number; name: string }>('self-assessment.yaml');
const [first, second, third] = [steps[0], steps[2], steps[4]];

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('the start checklist', () => {
  it('keeps its ticks across a reload, in localStorage only, and announces progress', async () => {
    const { page, requests, errors } = await site.open('/starta/checklista/');
    expect(await page.locator('.fc-checklist input[type=checkbox]').count()).toBe(steps.length);
    await page.check(`#steg-${second.id}`);
    await page.check(`#steg-${third.id}`);
    await expect.poll(() => page.locator('#fc-checklist-progress').textContent()).toBe(`2 av ${steps.length} steg klara.`);
    await page.reload();
    expect(await page.isChecked(`#steg-${second.id}`)).toBe(true);
    expect(await page.isChecked(`#steg-${third.id}`)).toBe(true);
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(false);
    expect(await page.locator('#fc-checklist-progress').textContent()).toBe(`2 av ${steps.length} steg klara.`);
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe(JSON.stringify([second.id, third.id]));
    // Nothing was sent anywhere: every request stayed on the site and no cookie was set.
    expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is used with the keyboard: Space ticks a step, and the clear button empties the list', async () => {
    const { page } = await site.open('/starta/checklista/');
    await page.focus(`#steg-${first.id}`);
    await page.keyboard.press('Space');
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(true);
    await page.getByRole('button', { name: 'Ta bort alla markeringar' }).press('Enter');
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe('[]');
    await page.context().close();
  });

  it('each step has an accessible name and its who and what as description', async () => {
    const { page } = await site.open('/starta/checklista/');
    const box = page.getByRole('checkbox', { name: '3. Avsiktsförklaring' });
    expect(await box.getAttribute('aria-describedby')).toBe('steg-avsiktsforklaring-detaljer');
    expect(await page.locator(`#steg-${second.id}-detaljer`).textContent()).toContain(second.who);
    await page.context().close();
  });

  it('without JavaScript it is a printable list that says ticks are not kept', async () => {
    const { page } = await site.open('/starta/checklista/', { javaScriptEnabled: false });
    expect(await page.locator('.fc-checklist li').count()).toBe(steps.length);
    expect(await page.locator('#fc-checklist-actions').isVisible()).toBe(false);
    expect(await page.locator('noscript').textContent()).toContain('sparas inte');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('.fc-checklist li').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the self-assessment', () => {
  // Answers in turn ja, nej, delvis, …, and the last question left unanswered.
  const ANSWERS = ['ja', 'nej', 'delvis'] as const;
  const answered = questions.slice(0, -1).map((q, i) => ({ ...q, answer: ANSWERS[i % 3] }));
  const named = (answer: string) => answered.filter((q) => q.answer === answer).map((q) => q.name);

  it('lists exactly the gaps ticked, with the chapters that help, and moves focus to the summary', async () => {
    const { page, requests, errors } = await site.open('/starta/sjalvskattning/');
    for (const q of answered) await page.check(`input[name="${q.id}"][value="${q.answer}"]`);
    await page.locator('#fc-assessment').getByRole('button', { name: 'Visa sammanfattning' }).click();
    const group = (key: string) => page.$$eval(`[data-group="${key}"] li strong`, (items) => items.map((i) => i.textContent));
    expect(await group('gaps')).toEqual(named('nej'));
    expect(await group('partly')).toEqual(named('delvis'));
    expect(await group('strengths')).toEqual(named('ja'));
    expect(await group('unanswered')).toEqual([questions.at(-1)!.name]);
    // Each gap links to the section its question names, as the question itself does.
    const helpLinks = await page.$$eval('[data-group="gaps"] a', (links) => links.map((a) => a.getAttribute('href')));
    const questionLinks = await Promise.all(answered.filter((q) => q.answer === 'nej').map((q) => page.getAttribute(`fieldset[data-dimension="${q.id}"] a`, 'href')));
    expect(helpLinks).toEqual(questionLinks);
    expect(helpLinks.every((href) => /^\/vagledning\/[^/]+\/#.+/.test(href ?? ''))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fc-assessment-summary');
    expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is answered with the keyboard alone', async () => {
    const { page } = await site.open('/starta/sjalvskattning/');
    await page.focus(`input[name="${questions[0].id}"][value="ja"]`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight'); // radio group: moves to "Delvis" and selects it
    await page.keyboard.press('ArrowRight'); // "Nej"
    await page.focus('#fc-assessment button[type=submit]');
    await page.keyboard.press('Enter');
    expect(await page.$$eval('[data-group="gaps"] li strong', (items) => items.map((i) => i.textContent))).toEqual([questions[0].name]);
    await page.context().close();
  });

  it('without JavaScript shows every question with its chapter, to print', async () => {
    const { page } = await site.open('/starta/sjalvskattning/', { javaScriptEnabled: false });
    expect(await page.locator('#fc-assessment fieldset').count()).toBe(questions.length);
    expect(await page.locator('#fc-assessment fieldset a').count()).toBe(questions.length);
    expect(await page.locator('#fc-assessment-actions').isVisible()).toBe(false);
    expect(await page.locator('noscript').textContent()).toContain('skriva ut frågorna');
    await page.context().close();
  });
});
