// Builds the Pagefind search index from the built site, through Pagefind's Node API.
// Only what is inside data-pagefind-body is indexed; the page's lang="sv" selects Swedish stemming.
// Usage: node scripts/index-search.mjs [built-site-folder]   (default: dist)
import * as pagefind from 'pagefind';

const dir = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${dir}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Sökindex: ${added.page_count} sidor indexerade i ${dir}/pagefind/.`);
