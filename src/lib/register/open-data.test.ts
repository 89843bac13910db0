import { expect, it } from 'vitest';

it('documents every column: a copied column names a field the centre schema has', async () => {
  const { CENTRE_COLUMNS, CSV_COLUMNS } = await import('./open-data');
  const { allFields, describeSchema } = await import('../../schemas/describe');
  const { centreSchema } = await import('../../schemas/centre');
  const paths = new Set(allFields(describeSchema(centreSchema)).map((f) => f.path));
  for (const [column, how] of Object.entries(CENTRE_COLUMNS))
    if ('field' in how) expect(paths.has(how.field), column).toBe(true);
  for (const column of CSV_COLUMNS) expect(Object.keys(CENTRE_COLUMNS)).toContain(column);
});
