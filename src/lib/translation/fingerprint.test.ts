import { describe, expect, it } from 'vitest';
import { bodyOfFile, fingerprint, FINGERPRINT_PATTERN, outdatedTranslations } from './fingerprint';

describe('fingerprint', () => {
  it('is twelve hex digits, the same for the same words however they are spaced', () => {
    const a = fingerprint(
      'Vad är en familjecentral?',
      'En familjecentral är en plats.\\\nDen är till för dig.',
    );
    expect(a).toMatch(FINGERPRINT_PATTERN);
    expect(
      fingerprint(
        'Vad är en familjecentral?',
        'En familjecentral är en plats.\\\n\nDen är   till för dig.\n',
      ),
    ).toBe(a);
  });

  it('changes when a word of the title or the text changes', () => {
    const a = fingerprint('Titel', 'BVC kostar inget.');
    expect(fingerprint('Titel', 'BVC kostar något.')).not.toBe(a);
    expect(fingerprint('Rubrik', 'BVC kostar inget.')).not.toBe(a);
  });

  it('reads the text of a file after its frontmatter', () => {
    expect(bodyOfFile('---\ntitle: A\n---\n\nText.\n')).toBe('\nText.\n');
  });
});

describe('outdatedTranslations', () => {
  it('lists the translations whose Swedish text changed or is gone, and none when nothing changed', () => {
    const swedish = new Map([['vad-ar', 'aaaaaaaaaaaa']]);
    const current = { id: 'en/vad-ar', translates: 'vad-ar', madeFrom: 'aaaaaaaaaaaa' };
    const old = { id: 'fi/vad-ar', translates: 'vad-ar', madeFrom: 'bbbbbbbbbbbb' };
    const orphan = { id: 'ar/borta', translates: 'borta', madeFrom: 'aaaaaaaaaaaa' };
    expect(outdatedTranslations([current], swedish)).toEqual([]);
    expect(outdatedTranslations([current, old, orphan], swedish)).toEqual([old, orphan]);
  });
});
