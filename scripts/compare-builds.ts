// `node scripts/compare-builds.ts <built-site-a> <built-site-b>`: are two builds the same?
// For a change that should alter no page (a move of modules, a refactoring): every file in one is
// in the other with the same bytes, except what a build stamps with its own time, which is compared
// without it: a calendar's DTSTAMP lines, and in a Word file each part's text without the
// created/modified times and the zip's own dates. Prints each file that differs; exits 1 if any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('Usage: node scripts/compare-builds.ts <built-site-a> <built-site-b>');
  process.exit(2);
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();

/** A file's content as compared: without the build's time stamps. */
async function comparable(path: string) {
  const bytes = readFileSync(path);
  if (path.endsWith('.ics')) return bytes.toString('utf8').replace(/^DTSTAMP:.*\r?\n/gm, '');
  if (path.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(
      Object.keys(zip.files)
        .sort()
        .map(
          async (name) =>
            `${name}\n${((await zip.files[name]?.async('string')) ?? '').replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')}`,
        ),
    );
    return parts.join('\n');
  }
  return bytes.toString('base64');
}

const [inA, inB] = [files(a), files(b)];
const differ = [
  ...inA.filter((f) => !inB.includes(f)).map((f) => `only in ${a}: ${f}`),
  ...inB.filter((f) => !inA.includes(f)).map((f) => `only in ${b}: ${f}`),
];
for (const file of inA.filter((f) => inB.includes(f))) {
  if ((await comparable(join(a, file))) !== (await comparable(join(b, file))))
    differ.push(`differs: ${file}`);
}
console.log(
  differ.length === 0
    ? `Samma bygge: ${inA.length} filer lika (utom byggets tidsstämplar).`
    : differ.join('\n'),
);
process.exit(differ.length === 0 ? 0 : 1);
