/**
 * The units a translator checks, in a language: every fixed word and sentence of the parents'
 * pages (the phrase file), every sentence of the parents' box, each centre's own words about its
 * contact items (whose number it is), and every line of each easy-read
 * text with its title and summary; each with its Swedish source, the current translation and
 * whether a qualified translator has checked it. And what a file back from the translator does to
 * them: a changed target replaces the translation, a unit marked reviewed is recorded as checked
 * (by the translator's role, on the day of the import), a unit whose Swedish source has changed
 * since the export is refused and named, and nothing else changes. Pure: plain data in and out;
 * scripts/translations-export.ts and translations-import.ts read and write the files (XLIFF 1.2).
 */

/** A line of an easy-read text: its Markdown around the words a translator sees. */
export interface TextLine {
  prefix: string;
  text: string;
  suffix: string;
}

/** The lines of a Markdown text that carry words, in order; blank lines and components are left out. */
export function textLines(body: string): TextLine[] {
  return body.split('\n').flatMap((line) => {
    if (line.trim() === '' || /^\s*(import\s|<)/.test(line)) return [];
    const [, prefix = '', text = '', suffix = ''] =
      /^(\s*(?:#{1,6} |[-*] |\d+\. |> )?)(.*?)(\\?)$/.exec(line) ?? [];
    return [{ prefix, text, suffix }];
  });
}

/** The body with its word lines replaced, in order, by `texts`; all else as it was. */
export function replaceLines(body: string, texts: readonly string[]): string {
  let i = 0;
  return body
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || /^\s*(import\s|<)/.test(line)) return line;
      const m = /^(\s*(?:#{1,6} |[-*] |\d+\. |> )?)(.*?)(\\?)$/.exec(line);
      if (!m) return line;
      const text = texts[i++];
      return text === undefined ? line : `${m[1]}${text}${m[3]}`;
    })
    .join('\n');
}

export interface Unit {
  /** "phrase/box.title", "sentence/bvc", "text/vad-ar-en-familjecentral/line-7". */
  id: string;
  source: string;
  target: string;
  checked: boolean;
  /** Said to the translator beside the unit: what it is and what to keep. */
  note?: string;
}

export interface LanguageContent {
  /** Every Swedish message, by id, and the phrase file's units (id, text, checked). */
  messages: Readonly<Record<string, string>>;
  phrases: readonly { id: string; text: string; checked: boolean }[];
  /** Each Swedish sentence to parents, and its translation in the language if there is one. */
  sentences: readonly {
    id: string;
    swedish: string;
    translation?: { text: string; checked: boolean };
  }[];
  /** Each centre's own texts that may be translated (centre-texts.ts), with their translations in the language. */
  centreTexts: readonly {
    id: string;
    fields: readonly {
      field: string;
      swedish: string;
      translation?: { text: string; checked: boolean };
    }[];
  }[];
  /** Each easy-read text and its translation in the language, when there is one. */
  texts: readonly {
    id: string;
    swedish: { title: string; summary: string; body: string };
    translation: { title: string; summary: string; body: string; checked: boolean };
  }[];
}

const CENTRE_TEXT_NOTE =
  'A family centre’s own words about one of its contact items: whose number it is, or what it is not. Keep the names of organisations and web sites in Swedish, as written, and say no more than the Swedish.';
const PLACEHOLDERS = 'Keep every {placeholder} as it is. [[…]] keeps a Swedish term in Swedish.';
/** A message in two forms for a number (search.hits.one, search.hits.other): Intl.PluralRules picks one. */
const PLURAL =
  'One of two forms of the same words for a number: the page uses the ".one" form for the numbers your language says in the singular (in Swedish: 1), and the ".other" form for every other number. Where your language says every number the same way, the two can be the same.';
const isPluralForm = (id: string) => /\.(one|other)$/.test(id);

/** What a translator needs to know of a message: its plural forms, its placeholders. */
function noteOn(id: string, source: string, target: string): { note?: string } {
  const notes = [
    isPluralForm(id) && PLURAL,
    (/\{\w+\}|\[\[/.test(source) || /\{\w+\}/.test(target)) && PLACEHOLDERS,
  ].filter((n) => typeof n === 'string');
  return notes.length > 0 ? { note: notes.join(' ') } : {};
}

/** Every unit of a language, in the order a page shows them. */
export function unitsOf(content: LanguageContent): Unit[] {
  const phrases = new Map(content.phrases.map((p) => [p.id, p]));
  const fromPhrases = Object.entries(content.messages).map(([id, source]) => ({
    id: `phrase/${id}`,
    source,
    target: phrases.get(id)?.text ?? '',
    checked: phrases.get(id)?.checked ?? false,
    ...noteOn(id, source, phrases.get(id)?.text ?? ''),
  }));
  const fromSentences = content.sentences.map((s) => ({
    id: `sentence/${s.id}`,
    source: s.swedish,
    target: s.translation?.text ?? '',
    checked: s.translation?.checked ?? false,
  }));
  const fromTexts = content.texts.flatMap((t) => {
    const source = textLines(t.swedish.body);
    const target = textLines(t.translation.body);
    return [
      { id: `text/${t.id}/title`, source: t.swedish.title, target: t.translation.title },
      { id: `text/${t.id}/summary`, source: t.swedish.summary, target: t.translation.summary },
      ...source.map((line, i) => ({
        id: `text/${t.id}/line-${i + 1}`,
        source: line.text,
        target: target[i]?.text ?? '',
        note: 'One line of an easy-to-read text: one short sentence. Keep [links](…) and their addresses.',
      })),
    ].map((u) => ({ ...u, checked: t.translation.checked }));
  });
  const fromCentres = content.centreTexts.flatMap((c) =>
    c.fields.map((f) => ({
      id: `centre/${c.id}/${f.field}`,
      source: f.swedish,
      target: f.translation?.text ?? '',
      checked: f.translation?.checked ?? false,
      note: CENTRE_TEXT_NOTE,
    })),
  );
  return [...fromPhrases, ...fromSentences, ...fromCentres, ...fromTexts];
}

export interface ReturnedUnit {
  id: string;
  source: string;
  target: string;
  /** True when the translator marked the unit reviewed (XLIFF 1.2 approved="yes"). */
  approved: boolean;
}

export interface ImportResult {
  /** Units whose translation changes, with the new text. */
  changed: { id: string; target: string }[];
  /** Units the translator marked reviewed: recorded as checked. */
  checked: string[];
  /** Units refused, each with why. */
  refused: { id: string; why: string }[];
  /** Units of the language the file leaves out: they stay as they are. */
  missing: string[];
}

/** What a file back from the translator does, against the units as they are now. */
export function importUnits(
  current: readonly Unit[],
  returned: readonly ReturnedUnit[],
): ImportResult {
  const now = new Map(current.map((u) => [u.id, u]));
  const result: ImportResult = { changed: [], checked: [], refused: [], missing: [] };
  const seen = new Set<string>();
  for (const r of returned) {
    const unit = now.get(r.id);
    if (!unit) {
      result.refused.push({
        id: r.id,
        why: 'no such unit: the file is not from this site, or the unit was removed',
      });
      continue;
    }
    if (seen.has(r.id)) {
      result.refused.push({ id: r.id, why: 'the unit is in the file twice' });
      continue;
    }
    seen.add(r.id);
    if (r.source !== unit.source) {
      result.refused.push({
        id: r.id,
        why: `its Swedish source has changed since the export: the file has "${r.source}", the site now has "${unit.source}". Export again and translate the new text`,
      });
      continue;
    }
    if (r.target.trim() === '') {
      if (r.approved)
        result.refused.push({ id: r.id, why: 'marked reviewed, but has no translation' });
      continue;
    }
    if (r.target !== unit.target) result.changed.push({ id: r.id, target: r.target });
    if (r.approved && !unit.checked) result.checked.push(r.id);
  }
  result.missing = current.filter((u) => !seen.has(u.id)).map((u) => u.id);
  return result;
}
