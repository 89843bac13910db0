// `npm run region:new -- --lan 18`: switches the site to another län and writes what it needs to
// build at once: src/content/region.yaml, a source for the kommun list, and a kommun text for
// every kommun of the län that has none (saying that nothing is known yet), and the translated
// fixed words of the parents' pages (oversattningar-fraser/), which say nothing of any region, from
// the project's own content when the region has none. Existing texts are kept.
//   --lan CODE         the län's official two-digit code (required)
//   --region NAME      the regional authority, e.g. "Region Örebro län" (default "Region <län>")
//   --lan-name NAME    the län's name in running text, e.g. "Örebro län" (default "<län> län")
//   --content DIR      the content folder (default CONTENT_DIR or src/content)
//   --today YYYY-MM-DD the review date written (default today)
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { regionSkeleton } from '../src/lib/editor/region-skeleton.ts';
import { editorFiles } from '../src/lib/editor/files.ts';
import { isoDay } from '../src/lib/format.ts';

const { values } = parseArgs({
  options: {
    lan: { type: 'string' },
    region: { type: 'string' },
    'lan-name': { type: 'string' },
    content: { type: 'string' },
    today: { type: 'string' },
  },
});
/** The properties of the project's own geodata (scripts/import-geodata.ts writes them). */
interface GeoProperties {
  code: string;
  name: string;
  lanCode?: string;
}
const features = (file: string): GeoProperties[] =>
  (
    JSON.parse(readFileSync(join('src/data/geo', file), 'utf8')) as {
      features: { properties: GeoProperties }[];
    }
  ).features.map((f) => f.properties);
const lan = features('lan.geojson').find((l) => l.code === values.lan);
if (!lan) {
  console.error(
    `Ange länets officiella kod: npm run region:new -- --lan <kod>. Koderna är ${features(
      'lan.geojson',
    )
      .map((l) => `${l.code} (${l.name})`)
      .join(', ')}.`,
  );
  process.exit(2);
}
const content = (values.content ?? process.env.CONTENT_DIR ?? 'src/content')
  .replace(/^\.\//, '')
  .replace(/\/$/, '');
const profiles = join(content, 'kommunprofiler');
const covered = new Set(
  existsSync(profiles)
    ? readdirSync(profiles).flatMap((f) => {
        const [, front] =
          /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(profiles, f), 'utf8')) ?? [];
        const data = front ? yaml.load(front) : undefined;
        const kommun =
          data && typeof data === 'object' && 'kommun' in data ? data.kommun : undefined;
        // A code YAML may read as a number (2062) or as text ("2062").
        return typeof kommun === 'string' || typeof kommun === 'number' ? [String(kommun)] : [];
      })
    : [],
);
const kommuner = features('kommuner.geojson')
  .filter((k) => k.lanCode === lan.code)
  .map((k) => ({ code: k.code, name: k.name }));
const files = regionSkeleton({
  lan,
  kommuner,
  covered,
  regionName: values.region,
  lanName: values['lan-name'],
  today: values.today ?? isoDay(new Date()),
});
let written = 0;
const paths: string[] = [];
for (const file of files) {
  const path = join(content, file.path);
  if (!file.overwrite && existsSync(path)) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  paths.push(path);
  written++;
  console.log(`Skrev ${path}`);
}
// The translated fixed words are the same for every region: a region without them takes the project's.
const phrases = join(content, 'oversattningar-fraser');
const ownPhrases = join('src/content', 'oversattningar-fraser');
if (!existsSync(phrases) && existsSync(ownPhrases) && phrases !== ownPhrases) {
  mkdirSync(phrases, { recursive: true });
  for (const file of readdirSync(ownPhrases)) {
    copyFileSync(join(ownPhrases, file), join(phrases, file));
    written++;
    console.log(`Skrev ${join(phrases, file)}`);
  }
}
// In the form the editor (/redaktion/) saves in, so a first save there changes only what is changed.
const forms = new Map(editorFiles(content).map((f) => [f.file, f.format]));
for (const path of paths) {
  const format = forms.get(path);
  if (format) writeFileSync(path, format(readFileSync(path, 'utf8')));
}
console.log(
  `\n${lan.name}: ${kommuner.length} kommuner, ${kommuner.filter((k) => covered.has(k.code)).length} hade redan en text. ${written} filer skrivna.`,
);
console.log(`Kontrollera namnen i ${join(content, 'region.yaml')} och bygg sedan: npm run build`);
