// `npm run check:content`: lists content entries whose lastReviewed is more than 12 months old,
// and centres whose status rests on a source more than two years old (or undated), each with its
// owner, so each owner knows what to look at again.
//   --months N          another period (default 12)
//   --today YYYY-MM-DD  count from another day (default: today)
//   --strict            exit with status 1 when anything is overdue or stale (for a scheduled job)
// Reads the files directly (frontmatter of .md/.mdx, whole .yaml files) from CONTENT_DIR or src/content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { formatReviewReport, staleEntries } from '../src/lib/editor/review.ts';
import { formatStaleStatusReport, staleStatuses } from '../src/lib/register/stale-status.ts';
import { editorCollections } from '../src/schemas/index.ts';
import { expiredSessions, type SessionFact } from '../src/lib/register/programme.ts';
import type { ReviewedEntry } from '../src/lib/editor/review.ts';
import type { EventFact } from '../src/lib/register/status.ts';
import type { StatusEntry } from '../src/lib/register/stale-status.ts';
import { CENTRE_STATUSES } from '../src/schemas/centre-vocabulary.ts';
import { isoDay } from '../src/schemas/partial-date.ts';
import {
  bodyOfFile,
  outdatedTranslations,
  type TranslationState,
  sentenceFingerprints,
  swedishFingerprints,
} from '../src/lib/translation/fingerprint.ts';
import {
  centreTextFingerprint,
  centreTextsOf,
  translatableTexts,
} from '../src/lib/translation/centre-texts.ts';

const { values } = parseArgs({
  options: {
    months: { type: 'string', default: '12' },
    today: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});
const root = process.env.CONTENT_DIR ?? 'src/content';
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
const months = Number(values.months);
if (Number.isNaN(today.getTime()) || !Number.isInteger(months) || months < 1) {
  console.error('Usage: npm run check:content -- [--months N] [--today YYYY-MM-DD] [--strict]');
  process.exit(2);
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}
/** The files of every collection editors write (src/schemas/index.ts); region.yaml is settings, not an entry. */
const contentFiles = editorCollections().flatMap((c) => files(join(root, c.path)));

/**
 * The fields this report reads, as YAML gives them: unchecked (the build's schemas check them),
 * so each is read with care: a date may be a Date, a text a number, a reference an id or an object.
 */
interface RawEntry {
  id?: string;
  lastReviewed?: unknown;
  owner?: unknown;
  title?: unknown;
  description?: unknown;
  name?: unknown;
  term?: unknown;
  date?: unknown;
  about?: string;
  text?: string;
  translates?: unknown;
  madeFrom?: unknown;
  status?: unknown;
  events?: { event: EventFact['event']; date: unknown; source: unknown }[];
  programme?: { sessions?: (Omit<SessionFact, 'validTo'> & { validTo?: unknown })[] };
  lang?: unknown;
  texts?: { field?: unknown; madeFrom?: unknown }[];
}

function dataOf(file: string): RawEntry | RawEntry[] | undefined {
  const text = readFileSync(file, 'utf8');
  const [, front] = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text) ?? [];
  const data = /\.ya?ml$/.test(file) ? yaml.load(text) : front ? yaml.load(front) : undefined;
  // The one place unchecked YAML becomes RawEntry; every field of it is read as unknown or optional.
  return data as RawEntry | RawEntry[] | undefined;
}

/** A value as the editor wrote it: YAML reads 2021-05-14 as a Date and 2019 as a number. */
const written = (value: unknown): string | undefined =>
  value instanceof Date
    ? isoDay(value)
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
/** A date as written; one not written is unknown. */
const asWritten = (value: unknown) => written(value) ?? 'okänd';
/** A text as written, or how a report names what is missing. */
const textOf = (value: unknown) => written(value) ?? String(value);
/** A reference written as an id, or already resolved. */
const idOf = (ref: unknown): string =>
  textOf(ref && typeof ref === 'object' && 'id' in ref ? ref.id : ref);

const entries: ReviewedEntry[] = [];
const problems: string[] = [];
const centres: StatusEntry[] = [];
const sourceDates = new Map<string, string>();
const programmes: string[] = [];
const easyRead: { id: string; data: { title: string }; body: string }[] = [];
const translations: (TranslationState & { file: string; owner: string })[] = [];
const sentences: { id: string; data: { about: string; text: string } }[] = [];
const sentenceTranslations: (TranslationState & { file: string; owner: string })[] = [];
/** Each centre's texts that may be translated, as "centres/orsa (contact[0].note)", with their fingerprints. */
const centreTexts = new Map<string, string>();
const centreTextTranslations: (TranslationState & { file: string; owner: string })[] = [];
const centreText = (centre: string, field: string) => `centres/${centre} (${field})`;
for (const file of contentFiles.filter((f) => /\.(mdx?|ya?ml)$/.test(f))) {
  const data = dataOf(file) ?? {};
  // A list file (start-steps.yaml) holds many entries, each with its own id.
  const items: [string, RawEntry][] = Array.isArray(data)
    ? data.map((item) => [`${relative(process.cwd(), file)} (${item?.id})`, item ?? {}])
    : [[relative(process.cwd(), file), data]];
  for (const [name, item] of items) {
    const reviewed =
      item.lastReviewed instanceof Date
        ? item.lastReviewed
        : new Date(`${textOf(item.lastReviewed)}T00:00:00Z`);
    if (Number.isNaN(reviewed.getTime()) || typeof item.owner !== 'string') {
      problems.push(`- ${name}: lastReviewed (YYYY-MM-DD) och owner saknas eller är fel skrivna`);
      continue;
    }
    entries.push({
      file: name,
      title: textOf(item.title ?? item.description ?? item.name ?? item.term ?? name),
      owner: item.owner,
      lastReviewed: reviewed,
    });
  }
  const [folder = ''] = relative(root, file).split(/[\\/]/);
  const id = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  if (folder === 'parent-texts.yaml' && Array.isArray(data))
    for (const item of data)
      sentences.push({
        id: textOf(item.id),
        data: { about: textOf(item.about), text: textOf(item.text) },
      });
  if (Array.isArray(data)) continue;
  if (folder === 'sources') sourceDates.set(id, asWritten(data.date));
  if (folder === 'lattlast')
    easyRead.push({
      id,
      data: { title: textOf(data.title) },
      body: bodyOfFile(readFileSync(file, 'utf8')),
    });
  // A translation's state, with what it translates as each kind writes it.
  const translation = (translates: string) => ({
    id: relative(join(root, folder), file).replace(/\.[^.]+$/, ''),
    file: relative(process.cwd(), file),
    translates,
    madeFrom: textOf(data.madeFrom),
    owner: textOf(data.owner),
  });
  if (folder === 'oversattningar-foraldratexter')
    sentenceTranslations.push(translation(textOf(data.translates)));
  if (folder === 'oversattningar') translations.push(translation(idOf(data.translates)));
  if (folder === 'oversattningar-familjecentraler')
    for (const t of data.texts ?? [])
      centreTextTranslations.push({
        ...translation(centreText(textOf(data.translates), textOf(t.field))),
        madeFrom: textOf(t.madeFrom),
      });
  if (folder === 'centres')
    for (const [field, swedish] of translatableTexts(centreTextsOf(data)))
      centreTexts.set(centreText(id, field), centreTextFingerprint(field, swedish));
  // A status the schema refuses is the build's to report; the age is computed for valid ones.
  const status = CENTRE_STATUSES.find((s) => s === data.status);
  if (folder === 'centres' && Array.isArray(data.events) && status) {
    const events = data.events.map((e) => ({
      event: e.event,
      date: asWritten(e.date),
      source: idOf(e.source),
    }));
    centres.push({
      file: relative(process.cwd(), file),
      title: textOf(data.name),
      owner: textOf(data.owner),
      status,
      events,
    });
    const sessions = (data.programme?.sessions ?? []).map((s) => ({
      ...s,
      validTo: s.validTo === undefined ? undefined : asWritten(s.validTo),
    }));
    const ended = expiredSessions(sessions, isoDay(today));
    if (ended.length > 0)
      programmes.push(
        `- ${relative(process.cwd(), file)}: ${ended.map((s) => `${s.what} (till och med ${s.validTo})`).join(', ')}. Ansvarig: ${textOf(data.owner)}`,
      );
  }
}

const stale = staleEntries(entries, today, months);
console.log(formatReviewReport(stale, entries.length, today, months));
const oldStatuses = staleStatuses(centres, (id) => sourceDates.get(id) ?? 'okänd', today);
console.log(`\n${formatStaleStatusReport(oldStatuses)}`);
console.log(
  programmes.length === 0
    ? '\nInget pass i veckans program har passerat sin sista dag.'
    : `\nPass i veckans program som har passerat sin sista dag (${programmes.length} familjecentraler):\n${programmes.join('\n')}`,
);
const fingerprints = new Map<string, string>([
  ...swedishFingerprints(easyRead),
  ...centreTexts,
  ...[...sentenceFingerprints(sentences)].map(([id, f]): [string, string] => [
    `parent-texts.yaml (${id})`,
    f,
  ]),
]);
const outdated = [
  ...outdatedTranslations(translations, fingerprints),
  ...outdatedTranslations(
    sentenceTranslations.map((t) => ({ ...t, translates: `parent-texts.yaml (${t.translates})` })),
    fingerprints,
  ),
  // A centre's text that is gone is the build's to report; one that has changed is listed here.
  ...outdatedTranslations(centreTextTranslations, fingerprints).filter((t) =>
    fingerprints.has(t.translates),
  ),
];
console.log(
  outdated.length === 0
    ? '\nVarje översättning är gjord från den svenska text som gäller nu.'
    : `\nÖversättningar av en svensk text som har ändrats sedan (${outdated.length}); gå igenom dem och skriv det nya fingeravtrycket i madeFrom:\n${outdated.map((t) => `- ${t.file}: översätter ${t.translates}, nytt fingeravtryck ${fingerprints.get(t.translates) ?? '(texten finns inte)'}. Ansvarig: ${t.owner}`).join('\n')}`,
);
if (problems.length > 0)
  console.log(
    `\nPoster utan granskningsuppgifter (bygget stoppar också på dem):\n${problems.join('\n')}`,
  );
process.exit(
  values.strict &&
    (stale.length > 0 ||
      oldStatuses.length > 0 ||
      programmes.length > 0 ||
      outdated.length > 0 ||
      problems.length > 0)
    ? 1
    : 0,
);
