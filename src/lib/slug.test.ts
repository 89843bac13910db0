import { expect, it } from 'vitest';
import { slugify } from './slug';

it.each([
  ['Malung-Sälen', 'malung-salen'],
  ['Älvdalen', 'alvdalen'],
  ['Rättvik', 'rattvik'],
  ['Familjens hus, Kopparberg', 'familjens-hus-kopparberg'],
])('slugify(%s) is %s', (name, slug) => expect(slugify(name)).toBe(slug));
