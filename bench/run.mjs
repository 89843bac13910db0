// `npm run bench`: size figures of the built site in dist/, then build time as the site grows
// (bench/build-scale.mjs), printed as ratios. Nothing here asserts; it measures.
// Run `npm run build` first. Per-page weight and time should not grow with the number of pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const files = walk('dist');
const pages = files.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
const sizes = pages.map((f) => statSync(f).size).sort((a, b) => a - b);
const median = sizes[Math.floor(sizes.length / 2)];
const scriptsOnContentPage = (readFileSync('dist/vagledning/vardegrund/index.html', 'utf8').match(/<script/g) ?? []).length;
const pagefindBytes = files.filter((f) => f.includes('/pagefind/')).reduce((sum, f) => sum + statSync(f).size, 0);

console.log(`pages: ${pages.length}`);
console.log(`median page: ${(median / 1024).toFixed(1)} KiB`);
console.log(`largest / median page: ${(sizes.at(-1) / median).toFixed(2)}`);
console.log(`search index / all HTML: ${(pagefindBytes / sizes.reduce((a, b) => a + b, 0)).toFixed(2)}`);
console.log(`script tags on a content page: ${scriptsOnContentPage}`);

console.log('');
await import('./build-scale.mjs');
