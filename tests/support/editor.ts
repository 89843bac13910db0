/**
 * Drives the editor (Sveltia CMS at /redaktion/) against a copy of the repository in Chromium.
 * The CMS's local-repository workflow asks the browser for a folder (showDirectoryPicker); the
 * init script below hands it a folder in the origin-private file system instead, which the test
 * fills with the repository's content files first and reads back after each save.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { editorFiles } from '../../src/lib/editor/files';

/** Stand-in for the folder picker, and a log of every CSP violation on the page. */
const INIT_SCRIPT = `
  window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

/** Where the guide's pictures go (src/pages/redaktion/hjalp.astro shows them). */
export const GUIDE_PICTURES = 'public/redaktion/hjalp';

export interface EditorSession {
  page: Page;
  context: BrowserContext;
  /** Every address the page asked for. */
  requests: string[];
  /** Requests answered with 400 or more, as "status url". */
  failedRequests: string[];
  /** The words on the first two screens: the sign-in screen and the collections after it. */
  firstScreens: string[];
  /** Takes the guide's picture of this step (GUIDE_PICTURES/<name>.png), of what the window shows now. */
  shot: (name: string) => Promise<void>;
  /** The repository files put in the browser, by path. */
  files: Map<string, string>;
  /** Opens an entry: its collection and, for a folder collection, its file name without extension. */
  openEntry: (collection: string, entry: string) => Promise<void>;
  /** The open entry's text field holding `value`, scrolling the form until the CMS has drawn it. */
  fieldWithValue: (value: string) => Promise<import('playwright-core').Locator>;
  /** Saves the open entry and waits until `file` changed in the browser's copy; returns the new text. */
  save: (file: string) => Promise<string>;
  read: (file: string) => Promise<string>;
  /** Adds an item to the open entry's list field with this label ("Avvikelser"), scrolling to its button. */
  addListItem: (label: string) => Promise<void>;
  /** Picks an option, by the words the list shows, in the open entry's first relation field that has no value yet. */
  chooseInEmptyRelation: (option: string) => Promise<void>;
  /** The options the open entry's first relation field without a value lists, in the words it shows them; the list is closed again. */
  optionsOfEmptyRelation: () => Promise<string[]>;
  /** The open entry's first visible text field with this label that is still empty (a new list item's). */
  emptyTextField: (label: string) => Promise<import('playwright-core').Locator>;
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** The content files the editor reads, with their text, plus a minimal .git folder. */
export function repositoryFiles(): Map<string, string> {
  const files = new Map(editorFiles().map(({ file }) => [file, readFileSync(file, 'utf8')]));
  files.set('.git/HEAD', 'ref: refs/heads/main\n');
  files.set('.git/config', '[core]\n\trepositoryformatversion = 0\n');
  return files;
}

/**
 * `extra`: files added to the repository copy beside the content, as a coordinator would add them.
 * `pictures`: false for a second session, which leaves the guide's pictures to the first.
 */
export async function openEditor(
  browser: Browser,
  origin: string,
  base: string,
  extra: ReadonlyMap<string, string> = new Map(),
  { pictures = true }: { pictures?: boolean } = {},
): Promise<EditorSession> {
  // A browser set to English, as many work computers are: the editor must still speak Swedish.
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const requests: string[] = [];
  const failedRequests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failedRequests.push(`${r.status()} ${r.url()}`));
  const shot = async (name: string) => {
    if (!pictures) return;
    mkdirSync(GUIDE_PICTURES, { recursive: true });
    // The same picture on every run: no hover from the last mouse position, and the passing notice
    // of the last save ("Post sparad.") left out of the picture.
    await page.mouse.move(0, 0);
    // The preview follows the form's scrolling smoothly: wait until every frame has stopped moving.
    const positions = () =>
      Promise.all(
        page
          .frames()
          .map((f) => f.evaluate(() => document.scrollingElement?.scrollTop ?? 0).catch(() => 0)),
      );
    for (
      let last = '', now = (await positions()).join('|');
      now !== last;
      await page.waitForTimeout(100)
    )
      [last, now] = [now, (await positions()).join('|')];
    await page.screenshot({
      path: join(GUIDE_PICTURES, `${name}.png`),
      animations: 'disabled',
      style: '.sui.toast { visibility: hidden !important; }',
    });
  };
  const firstScreens: string[] = [];
  const files = new Map([...repositoryFiles(), ...extra]);
  // A collection with a file per entry: its address shows a list, never an open entry.
  const listCollection = editorFiles().find((f) => f.entry !== f.collection)!.collection;

  // The origin-private file system belongs to the site's origin: fill it from a page there.
  await page.goto(`${origin}${base}favicon.svg`);
  await page.evaluate(
    async (entries) => {
      const root = await navigator.storage.getDirectory();
      const repo = await root.getDirectoryHandle('repo', { create: true });
      for (const [path, text] of entries) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1))
          dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (
          await dir.getFileHandle(parts.at(-1)!, { create: true })
        ).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    [...files],
  );

  await page.goto(`${origin}${base}redaktion/`);
  const signIn = page.getByRole('button', { name: 'Arbeta i en mapp på den här datorn' });
  await signIn.waitFor();
  firstScreens.push(await page.locator('body').innerText());
  await shot('logga-in');
  await signIn.click();
  // The CMS has read the folder when its collection list shows.
  await page.getByText('Samlingar').waitFor();
  // Notices the CMS shows once the list is drawn (such as an offer to change language) belong to this screen.
  await page.waitForLoadState('networkidle');
  firstScreens.push(await page.locator('body').innerText());
  await shot('samlingar');

  /** The open entry's first relation field without a value, opened. */
  const openEmptyRelation = async () => {
    const combos = page.getByRole('combobox');
    const emptyIndex = () =>
      combos.evaluateAll((els) => els.findIndex((el) => (el.textContent ?? '').trim() === ''));
    // The form draws a new item's fields as they scroll into view.
    let index = await emptyIndex();
    for (let step = 0; step < 20 && index < 0; step++) {
      await page.mouse.move(300, 500);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(50);
      index = await emptyIndex();
    }
    if (index < 0) throw new Error('no empty relation field in the open entry');
    await combos.nth(index).scrollIntoViewIfNeeded();
    await combos.nth(index).click();
    return combos.nth(index);
  };

  const read = (file: string) =>
    page.evaluate(async (path) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    }, file);

  return {
    page,
    context,
    requests,
    failedRequests,
    firstScreens,
    shot,
    files,
    read,
    openEntry: async (collection, entry) => {
      const save = page.getByRole('button', { name: 'Spara' });
      const open = async () => {
        // Through a list of entries, so that the previous entry's form is gone before the next opens.
        await page.evaluate((hash) => (location.hash = hash), `#/collections/${listCollection}`);
        await save.waitFor({ state: 'detached', timeout: 10_000 });
        await page.evaluate(
          (hash) => (location.hash = hash),
          `#/collections/${collection}/entries/${entry}`,
        );
        await save.waitFor({ timeout: 10_000 });
      };
      // On a loaded machine the editor may miss a change of address; asking again works.
      for (let attempt = 1; ; attempt++) {
        try {
          await open();
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      // Just after a save the CMS may still be reading the repository again: then it says it has no
      // such entry, and opening it once more works.
      for (
        let attempt = 0;
        attempt < 20 && (await page.getByText('Posten hittades inte.').isVisible());
        attempt++
      ) {
        await page.waitForTimeout(100);
        await open();
      }
    },
    save: async (file) => {
      const before = await read(file);
      await page.getByRole('button', { name: 'Spara' }).click();
      // The new text, once the file differs; a file being replaced may be missing for a moment.
      for (
        const deadline = Date.now() + 20_000;
        Date.now() < deadline;
        await page.waitForTimeout(50)
      ) {
        const text = await read(file).catch(() => before);
        if (text !== before) {
          // The CMS closes the entry once the file is written (its default, closeOnSave) and returns
          // to the list; wait for that, or it may undo the address of the entry opened next.
          await page
            .getByRole('button', { name: 'Spara' })
            .waitFor({ state: 'detached', timeout: 20_000 });
          return text;
        }
      }
      throw new Error(`${file} did not change within 20 s of pressing Spara`);
    },
    fieldWithValue: async (value) => {
      const inputs = page.locator('input[type=text], textarea');
      for (let step = 0; step < 40; step++) {
        const index = await inputs.evaluateAll(
          (els, v) => els.findIndex((el) => (el as HTMLInputElement).value === v),
          value,
        );
        if (index >= 0) return inputs.nth(index);
        // Lists are folded, and the form draws its fields as they scroll into view.
        for (const unfold of await page.locator('button', { hasText: 'Expandera alla' }).all())
          if ((await unfold.isVisible()) && (await unfold.isEnabled())) await unfold.click();
        await page.mouse.move(300, 500);
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(50);
      }
      throw new Error(`no field with the value "${value}" in the open entry`);
    },
    addListItem: async (label) => {
      const add = page.locator('button', { hasText: new RegExp(`Lägg till\\W*${label}\\W*$`) });
      // The form draws its fields as they scroll into view.
      for (let step = 0; step < 40 && (await add.count()) === 0; step++) {
        await page.mouse.move(300, 500);
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(50);
      }
      await add.first().click();
    },
    chooseInEmptyRelation: async (option) => {
      await openEmptyRelation();
      await page.getByRole('option', { name: option, exact: true }).first().click();
    },
    optionsOfEmptyRelation: async () => {
      await openEmptyRelation();
      await page.getByRole('option').first().waitFor();
      const options = (await page.getByRole('option').allTextContents()).map((t) => t.trim());
      // Escape closes the list (the list's own dialog takes it; the entry stays open).
      await page.keyboard.press('Escape');
      await page.getByRole('option').first().waitFor({ state: 'hidden' });
      return options;
    },
    emptyTextField: async (label) => {
      const fields = page.getByRole('textbox', { name: label, exact: true });
      for (let step = 0; step < 20; step++) {
        const index = await fields.evaluateAll((els) =>
          els.findIndex(
            (el) => (el as HTMLInputElement).value === '' && el.getClientRects().length > 0,
          ),
        );
        if (index >= 0) return fields.nth(index);
        await page.mouse.move(300, 500);
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(50);
      }
      throw new Error(`no empty text field "${label}" in the open entry`);
    },
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    close: () => context.close(),
  };
}

/** The lines that differ between two texts of the same length in lines; null when the line counts differ. */
export function changedLines(
  before: string,
  after: string,
): { line: number; before: string; after: string }[] | null {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return null;
  return a.flatMap((line, i) =>
    line === b[i] ? [] : [{ line: i + 1, before: line, after: b[i] ?? '' }],
  );
}

/** The lines added between two texts when one block was inserted: where (after which line) and which. */
export function insertedLines(
  before: string,
  after: string,
): { after: number; lines: string[] } | null {
  const a = before.split('\n');
  const b = after.split('\n');
  if (b.length <= a.length) return null;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const added = b.length - a.length;
  if (a.slice(start).join('\n') !== b.slice(start + added).join('\n')) return null;
  return { after: start, lines: b.slice(start, start + added) };
}
