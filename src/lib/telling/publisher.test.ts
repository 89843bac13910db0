import { describe, expect, it } from 'vitest';
import { publisherWords } from './publisher';

const name = 'Region Exempel, samordning för familjecentraler';
const owner = 'Regional samordnare för familjecentraler, Region Exempel';

describe('publisherWords', () => {
  it('names a publisher no source confirms as the one the proposal foresees, everywhere', () => {
    const words = publisherWords({ name, confirmed: false });
    const all = [
      words.named,
      words.afterReviewDate(owner),
      words.publishes,
      words.standsBehind('Familjecentraler i Exempel'),
      words.templateFrom,
    ];
    for (const said of all) expect(said).toMatch(/förslag/i);
    expect(words.afterReviewDate(owner)).toBe(`. Ansvarig enligt förslaget: ${owner}.`);
    // Nobody is said to have reviewed, published or stood behind the site.
    expect(all.join(' ')).not.toMatch(/ granskad| av Region| ges ut av|^Region Exempel står/);
  });

  it('names a confirmed publisher and owner as they are', () => {
    const words = publisherWords({ name, confirmed: true });
    expect(words.named).toBe(name);
    expect(words.afterReviewDate(owner)).toBe(` av ${owner}.`);
    expect(words.publishes).toBe(`Webbplatsen ges ut av ${name}.`);
    expect(words.standsBehind('Familjecentraler i Exempel')).toBe(
      `${name} står bakom webbplatsen Familjecentraler i Exempel.`,
    );
    expect(words.templateFrom).toBe(`Mall från ${name}`);
  });
});
