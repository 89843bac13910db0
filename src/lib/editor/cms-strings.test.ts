import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorStrings, withStrings } from './cms-strings';

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
