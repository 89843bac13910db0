// `npm run docs:content`: writes the editors' field reference, docs/innehall.md, from the schemas.
// A test (src/lib/field-reference.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fieldReference } from '../src/lib/editor/field-reference.ts';

writeFileSync('docs/innehall.md', fieldReference());
console.log('Skrev docs/innehall.md ur scheman i src/schemas/.');
