import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, page, textOf } from '../support/dist';
import { join } from 'node:path';
import { kommunName } from '../../src/lib/format';
import { STAGE_LABELS, type Stage } from '../../src/schemas/centre-vocabulary';
import { centres } from '../support/site-data';

const json = centres;
const csv = readFileSync(join(DIST, 'data/familjecentraler.csv'), 'utf8').trim().split('\r\n');

describe('open data', () => {
  it('JSON and CSV list the same centres as the directory: the region’s on its page, the others on their kommun’s page', () => {
    const directory = [
      page('/familjecentraler/'),
      ...builtPages().filter((p) => /^\/familjecentraler\/lan\/[^/]+\/[^/]+\/$/.test(p.url)),
    ];
    const cards = directory.flatMap((p) =>
      p.root
        .querySelectorAll('.fc-card__title a')
        .map((a) => a.getAttribute('href')!.split('/').at(-2)),
    );
    expect(json.map((r) => r.id).sort()).toEqual([...cards].sort());
    expect(csv.length - 1).toBe(json.length);
    expect(csv[0]?.split(',')[0]).toBe('id');
  });

  it('each centre page shows the status and kommun its row gives', () => {
    for (const row of json) {
      const lead = textOf(page(`/familjecentraler/${row.id}/`).root.querySelector('.fc-lead')!);
      expect(lead).toContain(STAGE_LABELS[row.steg as Stage]);
      expect(lead).toContain(kommunName(row.kommun));
    }
  });
});
