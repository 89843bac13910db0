/**
 * What `npm run region:new -- --lan <code>` writes so that the site builds at once for a län:
 * the region file, a source for the kommun list, and a kommun text per kommun that says what is
 * not known. Pure: it returns files to write; the script writes them.
 */
import { kommunName, lanFullName } from '../format.ts';
import { slugify } from '../slug.ts';

export interface SkeletonInput {
  lan: { code: string; name: string };
  /** The län's kommuner: official code and name. */
  kommuner: readonly { code: string; name: string }[];
  /** Kommun codes that already have a text. */
  covered: ReadonlySet<string>;
  /** Kept from the current region file when given. */
  regionName?: string;
  lanName?: string;
  owner?: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  today: string;
}

export interface SkeletonFile {
  /** Path under the content folder. */
  path: string;
  text: string;
  /** False: write only when the file does not exist. */
  overwrite: boolean;
}

const quote = (text: string) => JSON.stringify(text);

export function regionSkeleton(input: SkeletonInput): SkeletonFile[] {
  const lanName = input.lanName ?? lanFullName(input.lan.name);
  const regionName = input.regionName ?? `Region ${input.lan.name}`;
  const owner = input.owner ?? `Regional samordnare för familjecentraler, ${regionName}`;
  const review = `owner: ${quote(owner)}\nlastReviewed: ${input.today}\n`;
  const region = [
    '# The region this site is about; written by npm run region:new. Check the names.',
    `siteName: ${quote(`Familjecentraler i ${lanName}`)}`,
    `tagline: ${quote(`Förslag till gemensam vägledning för familjecentraler i ${lanName}`)}`,
    `regionName: ${quote(regionName)}`,
    `lanCode: "${input.lan.code}"`,
    `lanName: ${quote(lanName)}`,
    `publisher: ${quote(input.publisher ?? `${regionName}, samordning för familjecentraler`)}`,
    `owner: ${quote(owner)}`,
    '',
  ].join('\n');
  const source = [
    'title: Kommunindelning och kommungränser',
    'publisher: Valmyndigheten, via det öppna projektet okfse/sweden-geojson',
    'short: den officiella kommunindelningen',
    'date: okänd',
    'kind: webbsida',
    'note: Kommunernas namn och officiella koder, som webbplatsens karta och kommunsidor bygger på.',
    review,
  ].join('\n');
  const texts = input.kommuner
    .filter((k) => !input.covered.has(k.code))
    .map((k) => ({
      path: `kommunprofiler/${slugify(k.name)}.md`,
      overwrite: false,
      text: [
        '---',
        `kommun: "${k.code}"`,
        `summary: ${quote(`Uppgift saknas: inga uppgifter om familjecentraler i ${kommunName(k.name)} är ännu inlagda.`)}`,
        'sources: [kommunindelning]',
        review.trimEnd(),
        '---',
        '',
        `Vi känner ännu inte till någon familjecentral i ${kommunName(k.name)}, varken öppen eller planerad: uppgift saknas. Ingen har ännu sökt efter uppgifter om kommunen för den här webbplatsen.`,
        '',
      ].join('\n'),
    }));
  return [
    { path: 'region.yaml', text: region, overwrite: true },
    { path: 'sources/kommunindelning.yaml', text: source, overwrite: false },
    ...texts,
  ];
}
