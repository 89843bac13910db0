// `npm run translations:import -- <file> [--role ROLE] [--date YYYY-MM-DD]`: takes back an XLIFF file
// that translations:export wrote and a translation tool edited. A changed target replaces the
// translation; a unit the translator marked approved (reviewed) is recorded as checked, with the
// translator's role (never a name) and the day; a unit whose Swedish source has changed since the
// export, whose placeholders are not the Swedish message's, or that the site does not have, is
// refused and named; units the file leaves out, and everything else, stay as they are. A
// translation changed or checked here is made from the Swedish as it is now (its fingerprint).
// Exits with 1 when a unit was refused, after taking the others.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { Document, isMap, isSeq } from 'yaml';
import { SWEDISH, isMessageId } from '../src/lib/telling/messages.ts';
import { placeholders } from '../src/lib/telling/fill.ts';
import { fingerprint, messageFingerprint } from '../src/lib/translation/fingerprint.ts';
import { centreTextFingerprint } from '../src/lib/translation/centre-texts.ts';
import {
  importUnits,
  replaceLines,
  textLines,
  unitsOf,
  type ReturnedUnit,
} from '../src/lib/translation/units.ts';
import { TRANSLATION_LANGUAGES } from '../src/schemas/translation-vocabulary.ts';
import { editorFormat } from '../src/lib/editor/files.ts';
import {
  contentFolder,
  languageFiles,
  writeContentFile,
  type ContentFile,
} from './translation-files.ts';
import { isoDay } from '../src/lib/format.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, date: { type: 'string' } },
});
const [file] = positionals;
const role = values.role ?? 'Kvalificerad översättare';
const day = values.date ?? isoDay(new Date());
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
  console.error(
    'Ange filen: npm run translations:import -- <fil.xlf> [--role "Auktoriserad translator"] [--date ÅÅÅÅ-MM-DD]',
  );
  process.exit(2);
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
const text = (value: unknown) => (typeof value === 'string' ? value : '');

// What the tool gave back, checked once: a language of the site and units with source and target.
const js = record(await xliff12ToJs(readFileSync(file, 'utf8')));
const lang = TRANSLATION_LANGUAGES.find((l) => l === js.targetLanguage);
if (!lang) {
  console.error(
    `${file}: target-language "${text(js.targetLanguage)}" is not one of the site's languages (${TRANSLATION_LANGUAGES.join(', ')}).`,
  );
  process.exit(2);
}
const returned: ReturnedUnit[] = Object.values(record(js.resources)).flatMap((units) =>
  Object.entries(record(units)).map(([id, value]) => {
    const u = record(value);
    return {
      id,
      source: text(u.source),
      target: text(u.target),
      approved: record(u.additionalAttributes).approved === 'yes',
    };
  }),
);

const files = languageFiles(lang);
const current = unitsOf(files.content);
const result = importUnits(current, returned);
// A phrase must keep the Swedish message's placeholders, as the build requires.
for (const change of [...result.changed]) {
  const id = change.id.replace(/^phrase\//, '');
  if (!change.id.startsWith('phrase/') || !isMessageId(id)) continue;
  const wanted = placeholders(SWEDISH[id]).sort().join();
  if (placeholders(change.target).sort().join() !== wanted) {
    result.changed.splice(result.changed.indexOf(change), 1);
    result.checked = result.checked.filter((c) => c !== change.id);
    result.refused.push({
      id: change.id,
      why: `the translation must keep the Swedish message's placeholders ${
        placeholders(SWEDISH[id])
          .map((p) => `{${p}}`)
          .join(', ') || '(none)'
      }`,
    });
  }
}

const approved = new Set(returned.filter((r) => r.approved).map((r) => r.id));
const newText = new Map(result.changed.map((c) => [c.id, c.target]));
const touched = new Set([...result.changed.map((c) => c.id), ...result.checked]);
const written = new Set<ContentFile>();
/** The translation record of a unit taken now: by the role, today, checked when approved. */
const stamp = (doc: Document, path: (string | number)[], checked: boolean) => {
  doc.setIn([...path, 'translatedOn'], day);
  doc.setIn([...path, 'translatedBy'], role);
  doc.setIn([...path, 'checked'], checked);
};

// Fixed words: one unit each in the phrase file.
if (files.phrases) {
  const doc = files.phrases.doc;
  const phrases = doc.get('phrases');
  const index = new Map<string, number>();
  if (isSeq(phrases))
    phrases.items.forEach((item, i) => isMap(item) && index.set(String(item.get('id')), i));
  for (const unitId of touched) {
    if (!unitId.startsWith('phrase/')) continue;
    const id = unitId.slice('phrase/'.length);
    if (!isMessageId(id)) continue;
    let i = index.get(id);
    if (i === undefined && isSeq(phrases)) {
      phrases.add(doc.createNode({ id, text: '' }));
      i = phrases.items.length - 1;
    }
    if (i === undefined) continue;
    const target = newText.get(unitId);
    if (target !== undefined) doc.setIn(['phrases', i, 'text'], target);
    doc.setIn(['phrases', i, 'madeFrom'], messageFingerprint(id, SWEDISH[id]));
    stamp(doc, ['phrases', i], approved.has(unitId));
  }
  if ([...touched].some((t) => t.startsWith('phrase/'))) {
    doc.set('lastReviewed', day);
    written.add(files.phrases);
  }
}

// Sentences to parents: a file each, made when the language has none yet.
for (const unitId of touched) {
  if (!unitId.startsWith('sentence/')) continue;
  const id = unitId.slice('sentence/'.length);
  const swedish = files.swedishSentences.find((s) => s.id === id);
  if (!swedish) continue;
  const existing = files.sentenceFiles.get(id);
  const sentence =
    existing ??
    ({
      path: join(files.sentenceDir, `${id}.yaml`),
      doc: new Document({ lang, translates: id, text: '' }),
    } satisfies ContentFile);
  const target = newText.get(unitId);
  if (target !== undefined) sentence.doc.set('text', target);
  sentence.doc.set('madeFrom', fingerprint(text(swedish.about), text(swedish.text)));
  stamp(sentence.doc, [], approved.has(unitId));
  sentence.doc.set('lastReviewed', day);
  if (!existing) sentence.doc.set('owner', text(swedish.owner));
  written.add(sentence);
}

// Centres' own texts: a file per centre, made when the language has none yet; a text per field.
for (const unitId of touched) {
  const [, id = '', field = ''] = /^centre\/([^/]+)\/(.+)$/.exec(unitId) ?? [];
  const centre = files.swedishCentres.find((c) => c.id === id);
  const swedish = centre?.texts.get(field);
  if (!centre || swedish === undefined) continue;
  const existing = files.centreTextFiles.get(id);
  const translation =
    existing ??
    ({
      path: join(files.centreTextDir, `${id}.yaml`),
      doc: new Document({ lang, translates: id, texts: [] }),
    } satisfies ContentFile);
  files.centreTextFiles.set(id, translation);
  const doc = translation.doc;
  const texts = doc.get('texts');
  if (!isSeq(texts)) continue;
  let i = texts.items.findIndex((item) => isMap(item) && item.get('field') === field);
  if (i === -1) {
    texts.add(doc.createNode({ field, text: '' }));
    i = texts.items.length - 1;
  }
  const target = newText.get(unitId);
  if (target !== undefined) doc.setIn(['texts', i, 'text'], target);
  doc.setIn(['texts', i, 'madeFrom'], centreTextFingerprint(field, swedish));
  stamp(doc, ['texts', i], approved.has(unitId));
  doc.set('lastReviewed', day);
  if (!existing) doc.set('owner', centre.owner);
  written.add(translation);
}

// Easy-read texts: the title, the summary and each line; the text is checked when all its units are.
for (const t of files.textFiles) {
  const id = text(record(t.doc.toJS()).translates);
  const units = current.filter((u) => u.id.startsWith(`text/${id}/`));
  if (!units.some((u) => touched.has(u.id))) continue;
  const swedish = files.content.texts.find((x) => x.id === id)!.swedish;
  const title = newText.get(`text/${id}/title`);
  const summary = newText.get(`text/${id}/summary`);
  if (title !== undefined) t.doc.set('title', title);
  if (summary !== undefined) t.doc.set('summary', summary);
  const lines = textLines(t.body ?? '').map(
    (line, i) => newText.get(`text/${id}/line-${i + 1}`) ?? line.text,
  );
  t.body = replaceLines(t.body ?? '', lines);
  const allChecked = units.every((u) => approved.has(u.id) || (u.checked && !newText.has(u.id)));
  t.doc.set('madeFrom', fingerprint(swedish.title, swedish.body));
  stamp(t.doc, [], allChecked);
  t.doc.set('lastReviewed', day);
  written.add(t);
}

const formats: Record<string, (text: string) => string> = {
  'oversattningar-fraser': editorFormat('phraseTranslations', contentFolder()),
  'oversattningar-foraldratexter': editorFormat('parentTextTranslations', contentFolder()),
  'oversattningar-familjecentraler': editorFormat('centreTextTranslations', contentFolder()),
  oversattningar: editorFormat('translations', contentFolder()),
};
for (const f of written) {
  writeContentFile(f);
  const [folder = ''] = f.path.slice(contentFolder().length + 1).split('/');
  const format = formats[folder];
  if (format) writeFileSync(f.path, format(readFileSync(f.path, 'utf8')));
}

console.log(
  `${basename(file)} (${lang}): ${result.changed.length} ändrade översättningar, ${result.checked.length} nya granskade, ${result.missing.length} enheter fanns inte i filen och är oförändrade; ${written.size} filer skrivna.`,
);
for (const r of result.refused) console.log(`Avvisad: ${r.id}: ${r.why}.`);
if (result.refused.length > 0) process.exit(1);
