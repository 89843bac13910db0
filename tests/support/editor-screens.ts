/**
 * What the editor's browser test reads off a screen: its words (text and the names a screen reader
 * hears), the CMS's English strings to look for in them (none may show; the locale files as the
 * build serves them), and what the strip with the way to the guide would cover.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { DIST } from './dist';
import { flatStrings } from '../../src/lib/editor/cms-strings';
import { cmsPackagePath } from '../../src/lib/editor/cms-bundle';

type Messages = Record<string, unknown>;

const version = (
  JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as { version: string }
).version;
const served = (locale: string) =>
  JSON.parse(
    readFileSync(
      join(DIST, 'redaktion', cmsPackagePath(version).locales, `${locale}.json`),
      'utf8',
    ),
  ) as Messages;

/**
 * The English strings the editor may still show, for the browser test to look for on its screens:
 * every string of the CMS's English file that the served Swedish file does not replace with other
 * words, cut at its placeholders into the words it shows (a plural message gives each form).
 * Fragments shorter than `minLength` letters are left out, as too short to tell English from Swedish.
 */
export function englishPhrases(english: Messages, swedishFile: Messages, minLength = 4): string[] {
  const swedish = flatStrings(swedishFile);
  const phrases = new Set<string>();
  for (const [key, text] of flatStrings(english)) {
    if (swedish.get(key) === text) continue;
    const forms =
      text.startsWith('.input') || text.startsWith('.match')
        ? [...text.matchAll(/\{\{(.*?)\}\}(?=\s|$)/g)].map(([, form = '']) => form)
        : [text];
    for (const form of forms)
      for (const part of form.split(/\{\$[^}]*\}|<[^>]*>|\{[^}]*\}|`[^`]*`/))
        if (/[A-Za-z]/.test(part) && part.replace(/[^A-Za-z]/g, '').length >= minLength)
          phrases.add(part.trim());
  }
  return [...phrases].sort();
}

/** The English phrases of the built editor: en-US.json against the sv.json the site serves. */
export const servedEnglishPhrases = () => englishPhrases(served('en-US'), served('sv'));

/**
 * The words a person meets on the screen: the visible text and the names, descriptions and
 * placeholders of visible elements, leaving out what is hidden from everyone (icons drawn from a
 * font are aria-hidden; their text is the icon's name) and the preview, which is the site's content.
 */
export function screenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      // Not drawn, or hidden from everyone (a boxless display: contents still draws its children).
      if (style.display === 'none' || el.getAttribute('aria-hidden') === 'true') return;
      const seen = style.visibility !== 'hidden';
      if (seen)
        for (const a of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'])
          if (el.getAttribute(a)?.trim()) out.push(el.getAttribute(a)!.trim());
      for (const node of el.childNodes)
        if (seen && node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
          out.push(node.textContent!.trim());
        else if (node.nodeType === Node.ELEMENT_NODE) walk(node as Element);
    };
    walk(document.body);
    return out;
  });
}

/** The English phrases found in a screen's words, as whole words: "Show Errors" in "Show Errors". */
export function englishIn(words: readonly string[], phrases: readonly string[]): string[] {
  const text = words.join('\n').replace(/[\u2068\u2069]/g, '');
  const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return phrases.filter((phrase) =>
    new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u').test(text),
  );
}

/**
 * Whatever of the CMS is drawn where the strip with the way to the guide is: each element with
 * text or a field, by its visible part (clipped by the boxes it scrolls in). Empty when the strip
 * covers nothing. Also reports the strip itself as covered when something is drawn over it (while
 * the CMS changes screens, its transition lies over the whole window for a moment: poll).
 */
export function underHelpStrip(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strip = document.querySelector('.fc-editor-help')!.getBoundingClientRect();
    const found: string[] = [];
    const visiblePart = (el: Element) => {
      let { left, top, right, bottom } = el.getBoundingClientRect();
      for (let node: Element | null = el; node;) {
        if (getComputedStyle(node).position === 'fixed') break;
        const parent: Element | null = node.parentElement;
        if (parent) {
          const style = getComputedStyle(parent);
          if (/hidden|auto|scroll|clip/.test(`${style.overflowX} ${style.overflowY}`)) {
            const box = parent.getBoundingClientRect();
            left = Math.max(left, box.left);
            top = Math.max(top, box.top);
            right = Math.min(right, box.right);
            bottom = Math.min(bottom, box.bottom);
          }
        }
        node = parent;
      }
      return right > left && bottom > top ? { left, top, right, bottom } : undefined;
    };
    for (const el of document.querySelectorAll('#nc-root *')) {
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      );
      if (!hasText && !el.matches('input, textarea, select, button, [role=combobox]')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const part = visiblePart(el);
      if (
        part &&
        part.left < strip.right &&
        part.right > strip.left &&
        part.top < strip.bottom &&
        part.bottom > strip.top
      )
        found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    // Nothing is drawn over the strip either, but for an open menu or dialog, which lies over the
    // whole window while it is open.
    const onTop = document.elementFromPoint(
      strip.left + strip.width / 2,
      strip.top + strip.height / 2,
    );
    if (!document.querySelector('dialog[open]') && !onTop?.closest('.fc-editor-help'))
      found.push(`the strip is covered by ${onTop?.tagName}`);
    return found;
  });
}
