import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';
import { kommuner, listEntries, regionCentres } from '../support/site-data';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { followUpSchema } from '../../src/schemas/follow-up';
import { editorFormat } from '../../src/lib/editor/files';
import { isoDay } from '../../src/lib/format';
import { defined } from '../support/defined';

const steps = listEntries<{ id: string; order: number; title: string; who: string }>(
  'start-steps.yaml',
);
const questions = listEntries<{ id: string; order: number; name: string }>('self-assessment.yaml');
const first = defined(steps[0], 'step 1');
const second = defined(steps[2], 'step 3');
const third = defined(steps[4], 'step 5');
const question = defined(questions[0], 'a question');

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
    await expect
      .poll(() => page.locator('#fc-checklist-progress').textContent())
      .toBe(`2 av ${steps.length} steg klara.`);
    await page.reload();
    expect(await page.isChecked(`#steg-${second.id}`)).toBe(true);
    expect(await page.isChecked(`#steg-${third.id}`)).toBe(true);
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(false);
    expect(await page.locator('#fc-checklist-progress').textContent()).toBe(
      `2 av ${steps.length} steg klara.`,
    );
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe(
      JSON.stringify([second.id, third.id]),
    );
    // Nothing was sent anywhere: every request stayed on the site and no cookie was set.
    expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is used with the keyboard: Space ticks a step, the clear button empties the list, and Ångra brings the ticks back', async () => {
    const { page } = await site.open('/starta/checklista/');
    await page.focus(`#steg-${first.id}`);
    await page.keyboard.press('Space');
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(true);
    await page.getByRole('button', { name: 'Ta bort alla markeringar' }).press('Enter');
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe('[]');
    expect(await page.textContent('#fc-checklist-progress')).toContain('Du kan ångra');
    await page.getByRole('button', { name: /^Ångra/ }).press('Enter');
    expect(await page.isChecked(`#steg-${first.id}`)).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('fc-startchecklista'))).toBe(
      JSON.stringify([first.id]),
    );
    expect(await page.getByRole('button', { name: /^Ångra/ }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('each step has an accessible name and its who and what as description', async () => {
    const { page } = await site.open('/starta/checklista/');
    // The step's place in the list and its title, as the checklist numbers it.
    const box = page.getByRole('checkbox', {
      name: `${steps.indexOf(second) + 1}. ${second.title}`,
    });
    expect(await box.getAttribute('aria-describedby')).toBe(`steg-${second.id}-detaljer`);
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
    await page
      .locator('#fc-assessment')
      .getByRole('button', { name: 'Visa sammanfattning' })
      .click();
    const group = (key: string) =>
      page.$$eval(`[data-group="${key}"] li strong`, (items) => items.map((i) => i.textContent));
    expect(await group('gaps')).toEqual(named('nej'));
    expect(await group('partly')).toEqual(named('delvis'));
    expect(await group('strengths')).toEqual(named('ja'));
    expect(await group('unanswered')).toEqual([questions.at(-1)!.name]);
    // Each gap links to the section its question names, as the question itself does.
    const helpLinks = await page.$$eval('[data-group="gaps"] a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    const questionLinks = await Promise.all(
      answered
        .filter((q) => q.answer === 'nej')
        .map((q) => page.getAttribute(`fieldset[data-dimension="${q.id}"] a`, 'href')),
    );
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
    await page.focus(`input[name="${question.id}"][value="ja"]`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight'); // radio group: moves to "Delvis" and selects it
    await page.keyboard.press('ArrowRight'); // "Nej"
    await page.focus('#fc-assessment button[type=submit]');
    await page.keyboard.press('Enter');
    expect(
      await page.$$eval('[data-group="gaps"] li strong', (items) =>
        items.map((i) => i.textContent),
      ),
    ).toEqual([question.name]);
    await page.context().close();
  });

  it('without JavaScript shows every question with its chapter, to print', async () => {
    const { page } = await site.open('/starta/sjalvskattning/', { javaScriptEnabled: false });
    expect(await page.locator('#fc-assessment fieldset[data-dimension]').count()).toBe(
      questions.length,
    );
    expect(await page.locator('#fc-assessment fieldset[data-dimension] a').count()).toBe(
      questions.length,
    );
    expect(await page.locator('#fc-assessment-actions').isVisible()).toBe(false);
    expect(await page.locator('noscript').textContent()).toContain('skriva ut frågorna');
    await page.context().close();
  });

  describe('saved as a file', () => {
    const centre = regionCentres.find((c) => c.status === 'öppen' && c.typ === 'familjecentral');

    it('saves the answers in exactly the form of a follow-up entry, and opening the file brings them back', async () => {
      expect(centre, 'the region has an open centre to answer for').toBeDefined();
      const { page, requests, errors } = await site.open('/starta/sjalvskattning/');
      for (const q of answered) await page.check(`input[name="${q.id}"][value="${q.answer}"]`);
      await page.selectOption('#fc-followup-kommun', centre!.kommunkod);
      await page.selectOption('#fc-followup-centre', centre!.id);
      await page.fill('#fc-followup-year', '2026');
      await page.fill('#fc-followup-by', 'Samordnare, familjecentralen');
      await page.fill('#fc-followup-preschool', '12');
      await page.selectOption('#fc-followup-workPlan', 'ja');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara svaren som fil' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${centre!.id}.yaml`);
      // The shared browser runs as its own process: save the download to read it.
      const saved = join(mkdtempSync(join(tmpdir(), 'fc-download-')), download.suggestedFilename());
      await download.saveAs(saved);
      const text = readFileSync(saved, 'utf8');

      // What the regional coordinator adds as src/content/uppfoljning/2026/<centre>.yaml: valid, in the editor's form.
      const entry = yaml.load(text) as Record<string, unknown> & {
        answers: Record<string, string>;
      };
      const checked = followUpSchema.safeParse(entry);
      expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(
        true,
      );
      expect(editorFormat('followUp')(text)).toBe(text);
      expect(entry).toMatchObject({
        kommun: centre!.kommunkod,
        centre: centre!.id,
        year: 2026,
        answeredBy: 'Samordnare, familjecentralen',
        openPreschoolHours: 12,
        workPlan: 'ja',
        annualReport: 'okänd',
        visitorSurvey: 'okänd',
      });
      expect(entry.socialServicesHours).toBeUndefined();
      expect(isoDay(entry.answeredOn as Date)).toBe(isoDay(new Date()));
      for (const q of answered) expect(entry.answers[q.id]).toBe(q.answer);
      expect(entry.answers[questions.at(-1)!.id]).toBe('okänd');
      expect(await page.getByRole('status').filter({ hasText: 'sparade' }).textContent()).toContain(
        `${centre!.id}.yaml`,
      );

      // A new visit: the file brings back every answer.
      const again = await site.open('/starta/sjalvskattning/');
      await again.page.setInputFiles('input[type=file][data-action="open"]', {
        name: `${centre!.id}.yaml`,
        mimeType: 'text/yaml',
        buffer: Buffer.from(text),
      });
      await expect.poll(() => again.page.inputValue('#fc-followup-centre')).toBe(centre!.id);
      for (const q of answered)
        expect(await again.page.isChecked(`input[name="${q.id}"][value="${q.answer}"]`), q.id).toBe(
          true,
        );
      expect(
        await again.page.locator(`input[name="${questions.at(-1)!.id}"]:checked`).count(),
      ).toBe(0);
      expect(await again.page.inputValue('#fc-followup-by')).toBe('Samordnare, familjecentralen');
      expect(await again.page.inputValue('#fc-followup-preschool')).toBe('12');
      expect(await again.page.inputValue('#fc-followup-social')).toBe('');
      expect(await again.page.inputValue('#fc-followup-workPlan')).toBe('ja');
      expect(await again.page.getByRole('status').textContent()).toContain('inlagda');

      // Nothing left the browser: no request went anywhere but the site, and nothing was stored.
      expect(
        [...requests, ...again.requests].filter(
          (r) => !r.startsWith(site.origin) && !r.startsWith('blob:'),
        ),
      ).toEqual([]);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(await page.context().cookies()).toEqual([]);
      expect([...errors, ...again.errors]).toEqual([]);
      await page.context().close();
      await again.page.context().close();
    });

    // A kommun without a centre (one whose status says so, else any: every kommun may answer so)
    // and a planned centre: saved, valid, named for what they cover, and opened again.
    const withoutCentre = defined(kommuner.find((k) => k.status === 'ingen') ?? kommuner[0]);
    const planned = regionCentres.find((c) => c.steg !== 'oppen' && c.steg !== 'stangd');
    it.each([
      [
        'a kommun without a centre',
        () => ({
          kommun: withoutCentre.kommunkod,
          choice: 'ingen',
          file: `kommun-${withoutCentre.sida.split('/').filter(Boolean).at(-1)}.yaml`,
          centre: undefined,
        }),
      ],
      [
        'a planned centre',
        () => ({
          kommun: planned!.kommunkod,
          choice: planned!.id,
          file: `${planned!.id}.yaml`,
          centre: planned!.id,
        }),
      ],
    ])('saves and reopens the answers for %s, in a file named for it', async (_, target) => {
      expect(planned, 'the region has a planned centre').toBeDefined();
      const t = target();
      const { page, errors } = await site.open('/starta/sjalvskattning/', {
        viewport: { width: 390, height: 800 },
      });
      await page.selectOption('#fc-followup-kommun', t.kommun);
      // Only the kommun's own centres and "Ingen familjecentral ännu" can be chosen.
      const offered = await page.$$eval('#fc-followup-centre option:not([disabled])', (os) =>
        os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
      );
      expect(new Set(offered)).toEqual(
        new Set([
          ...regionCentres
            .filter((c) => c.kommunkod === t.kommun && c.steg !== 'stangd')
            .map((c) => c.id),
          'ingen',
        ]),
      );
      await page.selectOption('#fc-followup-centre', t.choice);
      await page.fill('#fc-followup-by', 'Socialchef, kommunen');
      await page.check(`input[name="${question.id}"][value="nej"]`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara svaren som fil' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(t.file);
      const saved = join(mkdtempSync(join(tmpdir(), 'fc-download-')), download.suggestedFilename());
      await download.saveAs(saved);
      const text = readFileSync(saved, 'utf8');
      const entry = yaml.load(text) as Record<string, unknown>;
      expect(followUpSchema.safeParse(entry).success).toBe(true);
      expect(editorFormat('followUp')(text)).toBe(text);
      expect(entry.kommun).toBe(t.kommun);
      expect(entry.centre).toBe(t.centre);
      // The page says in plain words what the file is and what to do with it.
      const said = await page.getByRole('status').filter({ hasText: 'sparade' }).textContent();
      expect(said).toContain(t.file);
      expect(said).toMatch(/Skicka filen till .+ om svaren ska räknas med i uppföljningen/);

      const again = await site.open('/starta/sjalvskattning/');
      await again.page.setInputFiles('input[type=file][data-action="open"]', saved);
      await expect.poll(() => again.page.inputValue('#fc-followup-centre')).toBe(t.choice);
      expect(await again.page.inputValue('#fc-followup-kommun')).toBe(t.kommun);
      expect(await again.page.isChecked(`input[name="${questions[0]?.id}"][value="nej"]`)).toBe(
        true,
      );
      expect([...errors, ...again.errors]).toEqual([]);
      await page.context().close();
      await again.page.context().close();
    });

    it('lists what is missing at the top with links, and each message beside its field, in view on a phone', async () => {
      const { page } = await site.open('/starta/sjalvskattning/', {
        viewport: { width: 390, height: 800 },
      });
      await page.getByRole('button', { name: 'Spara svaren som fil' }).click();
      const summary = page.locator('[data-error-summary]');
      expect(await summary.isVisible()).toBe(true);
      expect(
        await page.evaluate(() => document.activeElement?.matches('[data-error-summary]')),
      ).toBe(true);
      const links = summary.locator('a');
      expect(await links.allTextContents()).toEqual([
        'Välj kommunen som svaren gäller.',
        'Välj vad svaren gäller: familjecentralen, en planerad familjecentral eller ”Ingen familjecentral ännu”.',
        'Skriv vem som svarar: en roll och organisation, till exempel Samordnare.',
      ]);
      for (const id of ['fc-followup-kommun', 'fc-followup-centre', 'fc-followup-by']) {
        expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
        const message = (await page.getAttribute(`#${id}`, 'aria-describedby'))!
          .split(' ')
          .find((d) => d.endsWith('-fel'))!;
        expect(await page.textContent(`#${message}`)).toMatch(/^Fel: /);
      }
      // Following a link puts focus on the field with its label and message on screen.
      await links.nth(1).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('fc-followup-centre');
      const inView = await page.evaluate(() => {
        const ids = ['fc-followup-centre-fel', 'fc-followup-centre'];
        return ids.every((id) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        });
      });
      expect(inView).toBe(true);
      // Once corrected, the messages go.
      await page.selectOption('#fc-followup-kommun', { index: 1 });
      await page.selectOption('#fc-followup-centre', 'ingen');
      await page.fill('#fc-followup-by', 'Samordnare');
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara svaren som fil' }).click(),
      ]);
      expect(await summary.isVisible()).toBe(false);
      expect(await page.locator('.fc-field-error').count()).toBe(0);
      await page.context().close();
    });

    it('asks before "Börja om" clears the answers, and keeps them when the answer is no', async () => {
      const { page } = await site.open('/starta/sjalvskattning/');
      await page.check(`input[name="${question.id}"][value="ja"]`);
      const asked: string[] = [];
      page.once('dialog', (d) => (asked.push(d.message()), d.dismiss()));
      await page.getByRole('button', { name: 'Börja om' }).click();
      await expect.poll(() => asked.length).toBe(1);
      expect(await page.isChecked(`input[name="${questions[0]?.id}"][value="ja"]`)).toBe(true);
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Börja om' }).click();
      await expect
        .poll(() => page.isChecked(`input[name="${question.id}"][value="ja"]`))
        .toBe(false);
      await page.context().close();
    });

    it('says what is wrong with a file that is not a saved self-assessment', async () => {
      const { page } = await site.open('/starta/sjalvskattning/');
      await page.setInputFiles('input[type=file][data-action="open"]', {
        name: 'inkop.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('mjölk\nägg\n'),
      });
      await expect
        .poll(() => page.locator('[data-message="error"]').textContent())
        .toContain('inkop.txt: Filen är inte en sparad självskattning');
      await page.context().close();
    });
  });
});
