/**
 * The editor (/redaktion/) in Chromium against a copy of the repository: every entry of every
 * collection opens and saves with only the changed line different; nothing is requested from
 * anywhere but the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';
import { changedLines, insertedLines, openEditor, type EditorSession } from '../support/editor';
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist';
import { editorFiles } from '../../src/lib/editor/files';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from '../../src/schemas/index';
import { followUpFileText } from '../../src/lib/follow-up/file';
import { FOLLOW_UP_ANSWERS, FOLLOW_UP_DIMENSION_IDS } from '../../src/schemas/follow-up-vocabulary';
import { siteConfig } from '../../src/lib/content/site-config';
import {
  englishIn,
  screenWords,
  servedEnglishPhrases,
  underHelpStrip,
} from '../support/editor-screens';
import { defined } from '../support/defined';
import { isoDay } from '../../src/lib/format';

interface SourceFile {
  title?: string;
  description?: string;
  publisher: string;
  date: string | number | Date;
}

/** How the editor lists a source where one is chosen: "Samtycke (Norrköpings kommun, okänd)". */
const sourceChoice = (s: SourceFile) =>
  `${s.title ?? s.description} (${s.publisher}, ${s.date instanceof Date ? isoDay(s.date) : String(s.date)})`;

/** The schema's verdict on a saved entry, read as the build reads it (js-yaml, like Astro). */
function schemaIssues(collection: string, text: string): string[] {
  const head = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? text;
  const result = EDITOR_COLLECTIONS[collection as EditorCollectionName].schema.safeParse(
    yaml.load(head),
  );
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

let site: SiteUnderTest;
let editor: EditorSession;

// A follow-up as the self-assessment page writes it, added by the coordinator beside the content
// (the real content has none): src/content/uppfoljning/<year>/<centre>.yaml.
const followUpCentreFile = editorFiles().find((f) => f.collection === 'centres')!;
const followUpCentre = followUpCentreFile.entry;
const followUpKommun = defined(
  /^kommun: '(\d{4})'$/m.exec(readFileSync(followUpCentreFile.file, 'utf8'))?.[1],
  'the centre’s kommun',
);
const followUpFile = `src/content/uppfoljning/2026/${followUpCentre}.yaml`;
const followUpText = followUpFileText({
  kommun: followUpKommun,
  centre: followUpCentre,
  year: 2026,
  answeredBy: 'Samordnare, familjecentralen',
  answeredOn: '2026-11-20',
  answers: Object.fromEntries(
    FOLLOW_UP_DIMENSION_IDS.map((id, i) => [id, FOLLOW_UP_ANSWERS[i % FOLLOW_UP_ANSWERS.length]]),
  ) as Parameters<typeof followUpFileText>[0]['answers'],
  openPreschoolHours: 12,
  workPlan: 'ja',
  annualReport: 'nej',
  visitorSurvey: 'okänd',
  lastReviewed: '2026-11-20',
  owner: 'Samordnare, familjecentralen',
});

beforeAll(async () => {
  site = await startSite();
  editor = await openEditor(
    site.browser,
    site.origin,
    site.base,
    new Map([[followUpFile, followUpText]]),
  );
}, 120_000);
afterAll(async () => {
  await editor?.close();
  await site?.close();
});

/**
 * Which entries the round trip opens and saves. In `npm test`: the largest file of each collection,
 * so every kind of field the collection has is in the form (the unit test src/lib/editor-files.test.ts
 * already proves every file is in the editor's form). `npm run test:editor-all` sets
 * EDITOR_ALL_ENTRIES=1 and opens every entry, for a scheduled job.
 */
const ALL_ENTRIES = process.env.EDITOR_ALL_ENTRIES === '1';
function roundTripFiles() {
  const files = editorFiles();
  if (ALL_ENTRIES) return files;
  const largest = new Map<string, (typeof files)[number]>();
  for (const f of files) {
    const size = readFileSync(f.file, 'utf8').length;
    if (
      size >
      (largest.get(f.collection)
        ? readFileSync(largest.get(f.collection)!.file, 'utf8').length
        : -1)
    )
      largest.set(f.collection, f);
  }
  return [...largest.values()];
}

describe('the editor’s first screens', () => {
  it('speak plain Swedish in a browser set to English, without the developers’ words, and no request fails', () => {
    expect(editor.firstScreens).toHaveLength(2);
    for (const text of editor.firstScreens) {
      expect(text).not.toMatch(/repository|repot|rotkatalog|ej-angiven/i);
      expect(text).not.toMatch(
        /\b(Sign in|Collections|Work with|available in English|Change Language|Later)\b/,
      );
    }
    expect(editor.firstScreens[0]).toContain('Arbeta i en mapp på den här datorn');
    expect(editor.firstScreens[0]).toContain('Hjälp för redaktörer');
    expect(editor.failedRequests).toEqual([]);
  });

  it('can be zoomed: its page does not forbid it', async () => {
    const viewport = await editor.page
      .locator('meta[name=viewport]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    expect(viewport.join(' ')).not.toMatch(/maximum-scale|user-scalable=no/);
  });
});

describe('an editor following the guide (/redaktion/hjalp/)', () => {
  it('changes a session’s time, adds a closed day and changes a chapter paragraph, and exactly those lines change', async () => {
    const centre = editorFiles().find(
      (f) =>
        f.collection === 'centres' &&
        /^programme:\n {2}sessions:\n {4}- days:/m.test(editor.files.get(f.file)!) &&
        !/^ {2}exceptions:/m.test(editor.files.get(f.file)!),
    )!;
    await editor.openEntry('centres', centre.entry);
    // The week starts on the form's first screen, and the contact details follow it before the
    // rest of the profile: no scrolling through the whole profile to reach either.
    const top = async (label: string) =>
      (await editor.page.getByText(label, { exact: true }).first().boundingBox())!.y;
    expect(await top('Veckans program'), 'Veckans program on the first screen').toBeLessThan(
      editor.page.viewportSize()!.height,
    );
    expect(await top('Kontakt'), 'Kontakt before the rest of the profile').toBeLessThan(
      await top('Namnet är känt'),
    );
    const original = await editor.read(centre.file);
    const from = defined(/^ {6}from: (\S+)$/m.exec(original)?.[1], 'a start time');
    const fromField = await editor.fieldWithValue(from);
    await fromField.fill('08:15');
    await fromField.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await editor.shot('oppettid');
    const saved = await editor.save(centre.file);
    expect(changedLines(original, saved)).toEqual([
      {
        line: original.split('\n').findIndex((l) => l === `      from: ${from}`) + 1,
        before: `      from: ${from}`,
        after: '      from: 08:15',
      },
    ]);
    expect(schemaIssues('centres', saved)).toEqual([]);

    // A closed day, as a centre's coordinator adds one: the list item, its date, kind and source.
    await editor.openEntry('centres', centre.entry);
    const sessionSource = defined(/^ {6}source: (\S+)$/m.exec(saved)?.[1], 'a source');
    // The editor lists a source by its title (or description), publisher and date.
    // Read from the browser's copy: the round trip above may have changed the title.
    const sourceLabel = sourceChoice(
      yaml.load(await editor.read(`src/content/sources/${sessionSource}.yaml`)) as SourceFile,
    );
    await editor.addListItem('Avvikelser');
    // The date is written ÅÅÅÅ-MM-DD in a text field, whatever the browser's language.
    const day = await editor.emptyTextField('Datum');
    await day.fill('2026-12-24');
    await editor.page.getByRole('radio', { name: 'Stängt' }).check();
    await editor.chooseInEmptyRelation(sourceLabel);
    await day.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await editor.shot('stangd-dag');
    const withClosure = await editor.save(centre.file);
    // The block goes right after the programme's sessions, in the schema's order of fields.
    const lines = saved.split('\n');
    let end = lines.indexOf('  sessions:') + 1;
    while (lines[end]?.startsWith('    ')) end++;
    expect(insertedLines(saved, withClosure)).toEqual({
      after: end,
      lines: [
        '  exceptions:',
        '    - date: 2026-12-24',
        '      kind: stängt',
        `      source: ${sessionSource}`,
      ],
    });
    expect(schemaIssues('centres', withClosure)).toEqual([]);

    const chapter = editorFiles().find((f) => f.collection === 'guidance')!;
    await editor.openEntry('guidance', chapter.entry);
    const text = editor.page.locator('textarea').last();
    const body = await text.inputValue();
    const paragraph = body.split('\n').find((l) => /^[A-ZÅÄÖ][^|<]{40,}\.$/.test(l))!;
    await text.fill(body.replace(paragraph, `${paragraph} En mening till.`));
    await editor.shot('stycke');
    const before = await editor.read(chapter.file);
    const after = await editor.save(chapter.file);
    expect(changedLines(before, after)).toEqual([
      {
        line: before.split('\n').indexOf(paragraph) + 1,
        before: paragraph,
        after: `${paragraph} En mening till.`,
      },
    ]);
    expect(schemaIssues('guidance', after)).toEqual([]);
  });

  it('opens a follow-up sent from the self-assessment, in its year’s folder, and changing who answered changes only that line', async () => {
    await editor.openEntry('followUp', `2026/${followUpCentre}`);
    const field = await editor.fieldWithValue('Samordnare, familjecentralen');
    await field.fill('Samordnare och enhetschef, familjecentralen');
    const saved = await editor.save(followUpFile);
    expect(changedLines(followUpText, saved)).toEqual([
      {
        line: followUpText.split('\n').indexOf('answeredBy: Samordnare, familjecentralen') + 1,
        before: 'answeredBy: Samordnare, familjecentralen',
        after: 'answeredBy: Samordnare och enhetschef, familjecentralen',
      },
    ]);
    expect(schemaIssues('followUp', saved)).toEqual([]);
  });

  it('saves a status the events contradict as the same bytes as a hand edit, which the build refuses (tests/content-errors)', async () => {
    const centre = editorFiles().find(
      (f) => f.collection === 'centres' && /^status: öppen$/m.test(editor.files.get(f.file)!),
    )!;
    await editor.openEntry('centres', centre.entry);
    const before = await editor.read(centre.file);
    await editor.page.getByRole('radio', { name: 'Stängd' }).check();
    const saved = await editor.save(centre.file);
    expect(saved).toBe(before.replace(/^status: öppen$/m, 'status: stängd'));
    expect(schemaIssues('centres', saved).join('\n')).toContain('status');
  });

  it('asked nothing of any other site, and broke no rule of its Content-Security-Policy', async () => {
    const offSite = editor.requests.filter(
      (url) => !url.startsWith(site.origin) && !/^(blob|data):/.test(url),
    );
    expect(offSite).toEqual([]);
    expect(await editor.cspViolations()).toEqual([]);
    expect(editor.requests.some((url) => url.endsWith('/locales/sv.json'))).toBe(true);
    expect(editor.requests.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(0);
    // Over the whole session, not only the first screens: nothing answered 4xx or 5xx.
    expect(editor.failedRequests).toEqual([]);
  });

  it('shows an entry’s preview with the site’s own style sheets, so text looks as on the site', async () => {
    const centre = editorFiles().find((f) => f.collection === 'centres')!;
    await editor.openEntry('centres', centre.entry);
    const sheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    // The preview is a frame of its own; the site's sheets are loaded into it and its text takes the site's font.
    const frame = editor.page.frames().find((f) => f !== editor.page.mainFrame());
    expect(frame, 'the editor shows a preview frame').toBeDefined();
    await expect
      .poll(() =>
        frame!.evaluate(
          () =>
            [...document.styleSheets].map((s) => s.href ?? '').filter((h) => h.includes('/_astro/'))
              .length,
        ),
      )
      .toBe(sheets.length);
    const fonts = await frame!.evaluate(() => ({
      body: getComputedStyle(document.body).fontFamily,
      site: getComputedStyle(document.documentElement).getPropertyValue('--fc-font').trim(),
    }));
    expect(fonts.site.length).toBeGreaterThan(0);
    expect(fonts.body.replace(/\s/g, '')).toBe(fonts.site.replace(/\s/g, ''));
  });

  it('previews a centre with the parent box and the week as its page shows them, and follows an edit', async () => {
    const centre = editorFiles().find(
      (f) =>
        f.collection === 'centres' && /^programme:\n {2}sessions:/m.test(editor.files.get(f.file)!),
    )!;
    await editor.openEntry('centres', centre.entry);
    const frame = editor.page.frames().find((f) => f !== editor.page.mainFrame())!;
    // The parent box's look, in the preview and on the centre's page.
    const look = (page: import('playwright-core').Frame) =>
      page.evaluate(() => {
        const box = document.querySelector('.fc-parent');
        if (!box) return null;
        const style = getComputedStyle(box);
        return {
          border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
          padding: style.paddingTop,
          title: getComputedStyle(box.querySelector('h2')!).fontSize,
        };
      });
    await frame.locator('.fc-parent').waitFor();
    const sitePage = await editor.context.newPage();
    await sitePage.goto(`${site.origin}${site.base}familjecentraler/${centre.entry}/`);
    const onSite = await look(sitePage.mainFrame());
    await sitePage.close();
    expect(onSite).not.toBeNull();
    expect(await look(frame)).toEqual(onSite);
    // An edit shows at once: a session's new start time in the week.
    const from = defined(
      /^ {6}from: (\S+)$/m.exec(await editor.read(centre.file))?.[1],
      'a start time',
    );
    const field = await editor.fieldWithValue(from);
    await field.fill('07:45');
    await expect.poll(() => frame.locator('.fc-week').innerText()).toContain('07.45');
    // Back as it was, so the entry is left unchanged for the tests after this one.
    await field.fill(from);
    await expect
      .poll(() => frame.locator('.fc-week').innerText())
      .toContain(from.replace(':', '.'));
  });
});

describe(ALL_ENTRIES ? 'every entry' : 'the largest entry of each collection', () => {
  it('saves with only the line of the changed field different', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    const t0 = Date.now();
    const files = roundTripFiles();
    expect(new Set(files.map((f) => f.collection))).toEqual(
      new Set(editorFiles().map((f) => f.collection)),
    );
    for (const { file, collection, entry } of files) {
      // As the browser's copy has it now: the guide's steps above have already changed some files.
      const original = await editor.read(file);
      const opened = await editor.openEntry(collection, entry).then(
        () => true,
        (error: Error) => (
          failures.push(`${file}: could not be opened: ${error.message.split('\n')[0]}`),
          false
        ),
      );
      if (!opened) continue;
      // The first text field holding words (not an id, a date or a code): append a word to it.
      const input = editor.page
        .locator('input[type=text]:not([role=combobox]), textarea')
        .filter({ hasNot: editor.page.locator('[aria-label="Sök efter innehåll…"]') });
      const findField = () =>
        input.evaluateAll((els) =>
          els.findIndex((el) => (el as HTMLInputElement).value.includes(' ')),
        );
      let index = await findField();
      if (index < 0 && entry === collection) {
        // A list file: its items are folded until opened.
        await editor.page.locator('button', { hasText: 'Expandera alla' }).first().click();
        index = await findField();
      }
      if (index < 0) {
        await editor.page.screenshot({ path: `/tmp/editor-${entry}.png` });
        failures.push(`${file}: no text field with words found`);
        continue;
      }
      const field = input.nth(index);
      await field.fill(`${await field.inputValue()} ändrad`);
      const saved = await editor.save(file).catch(async (error: Error) => {
        await editor.page.screenshot({ path: `/tmp/editor-${entry}.png` }).catch(() => {});
        return error;
      });
      if (saved instanceof Error) {
        failures.push(`${file}: ${saved.message}`);
        continue;
      }
      const diff = changedLines(original, saved);
      if (!diff || diff.length !== 1 || !diff[0]?.after.includes('ändrad')) {
        failures.push(
          `${file}:\n${diff ? diff.map((d) => `  ${d.line}: ${d.before}\n  ${d.line}: ${d.after}`).join('\n') : `  lines ${original.split('\n').length} → ${saved.split('\n').length}\n${saved}`}`,
        );
      }
    }
    console.log(`${files.length} entries in ${Date.now() - t0} ms`);
    expect(failures).toEqual([]);
  });
});

describe('every screen an editor uses, at 1280 px in a browser set to English', () => {
  let second: EditorSession;
  const phrases = servedEnglishPhrases();
  /** Each screen's English phrases, by screen. */
  const english = new Map<string, string[]>();
  /** Words only developers use, and the CMS's name for the one language ("_default"). */
  const DEVELOPER_WORDS = /_default|repository|\brepo[nt]?\b|\bbranch|\bslugg?\b|\bcommit/i;
  const words = new Map<string, string[]>();
  const look = async (screen: string, page = second.page) => {
    const seen = await screenWords(page);
    words.set(screen, seen);
    english.set(screen, englishIn(seen, phrases));
    expect(
      seen.filter((w) => DEVELOPER_WORDS.test(w)),
      `${screen}: developers’ words`,
    ).toEqual([]);
    await expect
      .poll(() => underHelpStrip(page), { message: `${screen}: under the help strip` })
      .toEqual([]);
  };
  const centre = () =>
    editorFiles().find(
      (f) =>
        f.collection === 'centres' && /^programme:\n {2}sessions:/m.test(second.files.get(f.file)!),
    )!;

  beforeAll(async () => {
    // A session of its own: it leaves an entry with errors unsaved, and takes no guide pictures.
    second = await openEditor(site.browser, site.origin, site.base, new Map(), { pictures: false });
  }, 120_000);
  afterAll(() => second?.close());

  it('the sign-in screen offers no sign-in that cannot work, and says so in words', async () => {
    const context = await site.browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${site.base}redaktion/`);
    await page.getByRole('button', { name: 'Arbeta i en mapp på den här datorn' }).waitFor();
    await look('sign-in', page);
    const buttons = await page.getByRole('button').allTextContents();
    const text = await page.locator('body').innerText();
    if (siteConfig.editor) {
      expect(buttons.join('|')).toMatch(/Logga in med regionens/);
    } else {
      // Not connected: no way to sign in is a button (not the git host, not an access token); the
      // screen says it in words.
      expect(buttons.filter((b) => /logga in|kopplat/i.test(b))).toEqual([]);
      expect(text).toMatch(/inte kopplad till regionens git-tjänst, så det går inte att logga in/);
    }
    await context.close();
  });

  it('the list of collections and of sources', async () => {
    await look('collections');
    await second.page.evaluate(() => (location.hash = '#/collections/sources'));
    await second.page.getByRole('button', { name: 'Skapa ny post' }).waitFor();
    await look('sources');
  });

  it('lists sources by title, publisher and date where one is chosen, never by file name, each different', async () => {
    await second.openEntry('centres', centre().entry);
    await second.page.getByRole('button', { name: 'Val för raden' }).first().waitFor();
    await look('entry');
    await second.addListItem('Avvikelser');
    const options = await second.optionsOfEmptyRelation();
    await second.page.getByRole('button', { name: 'Spara' }).waitFor();
    const sources = editorFiles().filter((f) => f.collection === 'sources');
    expect(options).toHaveLength(sources.length);
    expect(new Set(options).size).toBe(options.length);
    expect(new Set(options)).toEqual(
      new Set(
        sources.map(({ file }) => sourceChoice(yaml.load(second.files.get(file)!) as SourceFile)),
      ),
    );
    const ids = new Set(sources.map((s) => s.entry));
    expect(
      options.filter(
        (o) => ids.has(o) || [...ids].some((id) => id.includes('-') && o.includes(id)),
      ),
    ).toEqual([]);
    // Two sources with the same title are told apart by who published them and when.
    const titles = options.map((o) => o.replace(/ \([^()]*(\([^()]*\)[^()]*)*\)$/, ''));
    expect(titles.length).toBeGreaterThan(new Set(titles).size);
  });

  it('a date reads ÅÅÅÅ-MM-DD, written in a text field that says so, and a date written another way is refused in Swedish', async () => {
    const day = await second.emptyTextField('Datum');
    expect(await second.page.locator('input[type=date]').count()).toBe(0);
    const hint = second.page.getByText(/Skriv ÅÅÅÅ-MM-DD, till exempel \d{4}-\d{2}-\d{2}\./);
    expect(await hint.count()).toBeGreaterThan(0);
    await day.fill('12/24/2026');
    await look('new list item');
    // The entry's own last review, as its file writes it.
    const reviewed = defined(
      /^lastReviewed: (\S+)$/m.exec(second.files.get(centre().file) ?? '')?.[1],
      'the entry’s lastReviewed',
    );
    const field = await second.fieldWithValue(reviewed);
    expect(await field.getAttribute('type')).toBe('text');
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await second.page.getByRole('button', { name: 'Spara' }).click();
    await second.page
      .getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-24.')
      .first()
      .waitFor();
    await look('errors');
  });

  it('the errors, a list item’s options and the entry’s menus', async () => {
    const page = second.page;
    await page.getByRole('button', { name: 'Visa felen' }).click();
    await look('errors shown');
    for (const [menu, button] of [
      ['list item options', 'Val för raden'],
      ['content options', 'Visa val för innehållet'],
      ['entry options', 'Visa redigeringsalternativ'],
    ] as const) {
      await page.getByRole('button', { name: button }).first().click();
      await page.getByRole('menu').first().waitFor();
      await look(menu);
      // A click beside the menu closes it (Escape would close the entry too).
      await page.mouse.click(640, 10);
      await page.getByRole('menu').first().waitFor({ state: 'hidden' });
    }
  });

  it('shows none of the CMS’s English strings on any of these screens, where it shows its Swedish ones', () => {
    expect([...english.keys()]).toEqual([
      'sign-in',
      'collections',
      'sources',
      'entry',
      'new list item',
      'errors',
      'errors shown',
      'list item options',
      'content options',
      'entry options',
    ]);
    expect(Object.fromEntries([...english].filter(([, found]) => found.length))).toEqual({});
    // The strings the issue found in English, in Swedish where they show.
    expect(words.get('errors')).toContain('Visa felen');
    expect(words.get('entry')).toContain('Val för raden');
    // The list holds the CMS's English strings: it would find them.
    expect(englishIn(['Show Errors', 'List Item Options'], phrases)).toEqual(
      expect.arrayContaining(['List Item Options', 'Show Errors']),
    );
  });
});
