import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorStrings, flatStrings, swedishLocale, withAdded, withStrings } from './cms-strings';
import { MISSING_SWEDISH } from './cms-strings-sv';

const sv = JSON.parse(readFileSync('node_modules/@sveltia/cms/locales/sv.json', 'utf8')) as Record<
  string,
  unknown
>;
const DEVELOPER_WORDS = /repository|repot|rotkatalog|ej-angiven/i;

describe('the editor’s first screens in plain Swedish', () => {
  it.each([true, false])(
    'replace strings the CMS has, with none of the developers’ words (connected: %s)',
    (connected) => {
      const strings = editorStrings({ connected, helpUrl: '/redaktion/hjalp/' });
      const locale = withStrings(sv, strings);
      for (const text of Object.values(strings)) expect(text).not.toMatch(DEVELOPER_WORDS);
      expect(locale.work_with_local_repo).toBe('Arbeta i en mapp på den här datorn');
      expect((locale.sign_in_error as Record<string, string>).picker_dismissed).toBe(
        'Ingen mapp valdes. Försök igen.',
      );
    },
  );

  it('says plainly when the editor is not connected, and where the guide is', () => {
    expect(
      editorStrings({ connected: false, helpUrl: '/x/redaktion/hjalp/' })
        .work_with_local_repo_description,
    ).toMatch(/inte kopplad.*\/x\/redaktion\/hjalp\//);
  });

  it('refuses a key the CMS does not have', () => {
    expect(() => withStrings(sv, { finns_inte: 'x' })).toThrow(/no "finns_inte"/);
  });
});

describe('every string of the CMS in Swedish', () => {
  const en = JSON.parse(
    readFileSync('node_modules/@sveltia/cms/locales/en-US.json', 'utf8'),
  ) as Record<string, unknown>;

  it.each([true, false])(
    'fills in each string the CMS’s Swedish file lacks, so none falls back to English (connected: %s)',
    (connected) => {
      const served = flatStrings(
        swedishLocale(sv, en, { connected, helpUrl: '/redaktion/hjalp/' }),
      );
      const english = flatStrings(en);
      expect([...english.keys()].filter((k) => !served.has(k))).toEqual([]);
      expect(served.get('show_errors')).toBe('Visa felen');
      expect(served.get('list_item_options')).toBe('Val för raden');
      expect(served.get('personal_access_token')).toBe('Personlig åtkomstnyckel');
      // Placeholders and plural forms stay as the CMS writes them.
      for (const [key, text] of Object.entries(MISSING_SWEDISH)) {
        const placeholders = (t: string) => [...t.matchAll(/\{\$\w+\}/g)].map((m) => m[0]).sort();
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
        expect(text.startsWith('.input'), key).toBe(english.get(key)!.startsWith('.input'));
      }
    },
  );

  it('leaves in English only words that are the same in Swedish', () => {
    const served = flatStrings(
      swedishLocale(sv, en, { connected: true, helpUrl: '/redaktion/hjalp/' }),
    );
    const same = [...flatStrings(en)].filter(([key, text]) => served.get(key) === text);
    expect(same.map(([, text]) => text).sort()).toEqual(
      [
        'Filter',
        'Global',
        'Information',
        'JavaScript',
        'MIDI',
        'MIDI',
        'Media',
        'OK',
        'Status: {$status}',
        'Text',
        'URL',
        'Version {$version}',
        'Video',
        '{$size} GB',
        '{$size} KB',
        '{$size} MB',
        '{$size} TB',
      ].sort(),
    );
  });

  it('stops the build when a new version brings a string it has no Swedish for, or has since translated one itself', () => {
    expect(() =>
      swedishLocale(sv, { ...en, ny_knapp: 'New Button' }, { connected: true, helpUrl: '/' }),
    ).toThrow(/in English: ny_knapp/);
    expect(() => withAdded({ show_errors: 'Visa fel' }, { show_errors: 'Visa felen' })).toThrow(
      /now have "show_errors"/,
    );
  });
});
