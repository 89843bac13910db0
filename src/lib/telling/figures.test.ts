import { describe, expect, it } from 'vitest';
import { coverage } from '../register/coverage';
import { centre } from '../../../tests/support/test-centres';
import { ageText, countingRuleText, coverageSentences } from './figures';

describe('ageText', () => {
  it('follows a count with the age of its facts, "senare uppgift saknas" when all are old', () => {
    expect(ageText({ from: 2019, to: 2019, count: 7, stale: true })).toBe(
      'enligt uppgifter från 2019 – senare uppgift saknas',
    );
    expect(ageText({ from: 2023, to: 2024, count: 1, stale: false })).toBe(
      'enligt uppgift från 2023–2024',
    );
    expect(ageText({ count: 1, stale: true })).toBe('enligt en källa utan datum');
  });
});

describe('the figures in words', () => {
  const centres = [
    centre('a', '2034', 'öppen', { colocation: 'nej', statusDate: '2025-06' }),
    centre('b', '2081', 'öppen', { colocation: 'ja', statusDate: '2025-09' }),
    centre('c', '2080', 'öppen', { kind: 'familjecentralsliknande', colocation: 'ja' }),
    centre('d', '2085', 'öppen', { colocation: 'okänd', statusDate: '2019', statusStale: true }),
  ];
  const c = coverage(['2034', '2081', '2080', '2085'], centres);
  it('give the answer first, then the ages behind it, and the count by the strict rule beside it', () => {
    const said = coverageSentences(c);
    expect(said.answer).toBe(
      '3 av 4 kommuner har en familjecentral enligt den senaste uppgiften om var och en.',
    );
    expect(said.ages).toBe(
      'Uppgifterna bakom: 2 enligt uppgifter från 2025, 1 enligt uppgift från 2019 – senare uppgift saknas.',
    );
    expect(said.strict).toBe(
      'Räknas bara familjecentraler där alla fyra grundverksamheter finns i samma lokaler, är det 1 av 4; för 1 kommun till saknas uppgift om var verksamheterna finns.',
    );
  });
  it('say the counting rule and what it leaves out', () => {
    expect(countingRuleText(c)).toBe(
      'Som familjecentral räknas det som huvudmännen själva kallar familjecentral, hur samlokaliserad den än är; familjecentralsliknande verksamheter räknas inte. Av de 3 öppna enligt källorna: 1 har alla fyra grundverksamheter i samma lokaler, 1 har dem på olika platser och 1 saknar uppgift om var de finns.',
    );
  });
});
