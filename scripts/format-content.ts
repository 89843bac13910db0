// `npm run content:format`: writes every content file in the form the editor (/redaktion/) saves
// it in, so that a save there changes only the lines of the changed field. With --check it only
// lists the files that are not in that form (src/lib/editor-files.test.ts does the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { editorFiles } from '../src/lib/editor/files.ts';

const check = process.argv.includes('--check');
const dir = (process.env.CONTENT_DIR ?? './src/content').replace(/^\.\//, '').replace(/\/$/, '');
const changed = [];
for (const { file, format } of editorFiles(dir)) {
  const text = readFileSync(file, 'utf8');
  const formatted = format(text);
  if (formatted === text) continue;
  changed.push(file);
  if (!check) writeFileSync(file, formatted);
}
if (check) {
  if (changed.length) {
    console.error(
      `${changed.length} filer är inte i redaktionens form; kör npm run content:format:\n${changed.map((f) => `  ${f}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('Alla filer är i redaktionens form.');
} else {
  console.log(
    changed.length
      ? `Skrev om ${changed.length} filer i redaktionens form:\n${changed.map((f) => `  ${f}`).join('\n')}`
      : 'Alla filer var redan i redaktionens form.',
  );
}
