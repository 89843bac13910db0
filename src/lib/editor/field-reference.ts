/**
 * The editors' field reference (docs/innehall.md), written from the schemas' own descriptions:
 * every collection, every field, its label, type, whether it is required, an example, the allowed
 * values and the help text. `npm run docs:content` writes it; a test fails when it is out of date.
 * Pure, with file extensions in imports, so the Node script can load it.
 */
import type { FieldKind } from '../../schemas/common.ts';
import { allFields, describeSchema, type FieldDoc } from '../../schemas/describe.ts';
import { editorCollections, type ContentFormat } from '../../schemas/index.ts';
import { regionSchema } from '../../schemas/region.ts';
import { idDescription } from '../../schemas/ids.ts';
import { PAST_DATES, UNIQUE } from '../content/impossible.ts';

const KIND_NAMES: Record<FieldKind, string> = {
  text: 'Text',
  'long-text': 'Längre text',
  url: 'Webbadress (https://…)',
  time: 'Klockslag, TT:MM inom citattecken',
  choice: 'Ett av värdena',
  'yes-no': 'true eller false',
  number: 'Heltal',
  'partial-date': 'Datum: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
  'partial-date-or-unknown': 'Datum: ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller okänd',
  date: 'Datum: ÅÅÅÅ-MM-DD',
  ref: 'Id för en post',
  list: 'Lista',
  group: 'Grupp av fält',
  'number-or-choice': 'Heltal eller ett av värdena',
};

const FORMATS: Record<ContentFormat, string> = {
  mdx: 'en MDX-fil per post (fälten överst mellan ---, texten under)',
  md: 'en Markdown-fil per post (fälten överst mellan ---, texten under)',
  yaml: 'en YAML-fil per post',
  list: 'en YAML-fil med en lista; varje post har ett id',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function typeOf(field: FieldDoc): string {
  if (field.kind === 'list')
    return field.fields
      ? 'Lista av grupper (se fälten under)'
      : `Lista: ${typeOf(field.item!).toLowerCase()}`;
  if (field.kind === 'ref')
    return idDescription(field.collection ?? '') ?? `Id i samlingen ${field.collection}`;
  return KIND_NAMES[field.kind];
}

function allowed(field: FieldDoc): string {
  const options = field.options ?? field.item?.options;
  return options ? options.map((o) => `${code(o.value)} (${o.label})`).join(', ') : '';
}

function required(field: FieldDoc): string {
  if (field.required) return field.nullable ? 'ja (null om det inte frågades)' : 'ja';
  const fallback = field.defaultValue;
  if (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean')
    return `nej, annars ${code(String(fallback))}`;
  return 'nej';
}

function row(field: FieldDoc): string {
  return `| ${code(field.path)} | ${cell(field.label)} | ${cell(typeOf(field))} | ${required(field)} | ${field.example ? code(cell(field.example)) : ''} | ${cell(allowed(field))} | ${cell(field.help)} |`;
}

/**
 * What the build refuses in a collection though each entry's schema takes it (content/impossible.ts):
 * a date after the build day where only the past is possible, and two entries where there is room
 * for one, each with the words the build's message uses.
 */
function impossible(collection: string, fields: readonly FieldDoc[]): string[] {
  const label = (path: string) => fields.find((f) => f.path === path)?.label ?? path;
  const past = PAST_DATES.filter(
    (d) =>
      (d.collection === '*' || d.collection === collection) &&
      fields.some((f) => f.path === d.path),
  ).map(
    (d) =>
      `- ${code(d.path)} (${cell(label(d.path))}) kan inte ligga efter den dag webbplatsen byggs${d.when ? ', för det som redan har hänt' : ''}. Bygget säger: *${cell(d.what)}*.`,
  );
  const unique = UNIQUE.filter((u) => u.collection === collection).map(
    (u) =>
      `- Bara en post får ha samma ${u.fields.map((f) => `${cell(label(f))} (${code(f)})`).join(' och ')}. Bygget säger: *${cell(u.expected)}*.`,
  );
  if (past.length === 0 && unique.length === 0) return [];
  return [
    '',
    '**Det bygget stoppar fast fälten var för sig är rätt skrivna:**',
    '',
    ...past,
    ...unique,
  ];
}

/** The whole reference as Markdown. */
export function fieldReference(): string {
  const sections = editorCollections().map((c) => {
    const fields = allFields(describeSchema(c.schema));
    const where = c.format === 'list' ? `src/content/${c.path}` : `src/content/${c.path}/`;
    return [
      `## ${c.label}`,
      '',
      `${c.description} Fil: ${code(where)}, ${FORMATS[c.format]}. Samlingens namn i koden: ${code(c.name)}.`,
      '',
      '| Fält | Namn | Typ | Krävs | Exempel | Tillåtna värden | Förklaring |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...fields.map(row),
      ...impossible(c.name, fields),
    ].join('\n');
  });
  const region = [
    '## Regionen',
    '',
    `Vilken region och vilket län webbplatsen handlar om, och dess namn. Fil: ${code('src/content/region.yaml')}, en YAML-fil. ${code('npm run region:new -- --lan <kod>')} skriver den för ett annat län.`,
    '',
    '| Fält | Namn | Typ | Krävs | Exempel | Tillåtna värden | Förklaring |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...allFields(describeSchema(regionSchema)).map(row),
  ].join('\n');
  return [
    '# Innehållets fält',
    '',
    '<!-- Skrivs av `npm run docs:content` ur scheman i src/schemas/. Ändra inte här: ändra schemat och kör kommandot. -->',
    '',
    'Här står varje fält som en redaktör skriver, samling för samling. Allt kommer från scheman i `src/schemas/`, samma beskrivningar som bygget använder i sina felmeddelanden och som redigeringsgränssnittet visar.',
    '',
    'Så läser du tabellerna: ett fält i en grupp skrivs med punkt (`organisation.coordinator`), ett fält i varje rad av en lista med `[]` (`events[].date`). Det som inte är känt skrivs `okänd` där fältet tillåter det och visas på webbplatsen som ”uppgift saknas”. Ett id är ett filnamn utan filändelse.',
    '',
    region,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}
