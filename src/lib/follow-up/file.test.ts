import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { stringify } from 'yaml';
import {
  followUpFileName,
  followUpFileText,
  parseFollowUpFile,
  yamlText,
  type FollowUpFile,
} from './file';
import { YAML_OUTPUT } from '../editor/cms-format';
import { editorFormat } from '../editor/files';
import { followUpSchema } from '../../schemas/follow-up';
import { FOLLOW_UP_DIMENSION_IDS } from '../../schemas/follow-up-vocabulary';

const file: FollowUpFile = {
  kommun: '2085',
  centre: 'ludvika',
  year: 2026,
  answeredBy: 'Samordnare: Familjecentralen VillGott',
  answeredOn: '2026-11-20',
  answers: Object.fromEntries(
    FOLLOW_UP_DIMENSION_IDS.map((id, i) => [
      id,
      (['ja', 'delvis', 'nej', 'okänd'] as const)[i % 4],
    ]),
  ) as FollowUpFile['answers'],
  openPreschoolHours: 12,
  workPlan: 'ja',
  annualReport: 'nej',
  visitorSurvey: 'okänd',
  lastReviewed: '2026-11-20',
  owner: 'Samordnare, Familjecentralen VillGott',
};

describe('the self-assessment as a file', () => {
  it('is a valid follow-up entry', () => {
    const result = followUpSchema.safeParse(yaml.load(followUpFileText(file)));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
  });

  it('is written in the editor’s form, so adding it changes nothing when the editor saves it', () => {
    const format = editorFormat('followUp');
    const text = followUpFileText(file);
    expect(format(text)).toBe(text);
    const noHours = followUpFileText({
      ...file,
      openPreschoolHours: undefined,
      answeredBy: "Rektor för öppna förskolan, Ludvika's kommun",
    });
    expect(format(noHours)).toBe(noHours);
  });

  it('reads back what it wrote', () => {
    expect(parseFollowUpFile(followUpFileText(file))).toEqual({
      ok: true,
      file: { ...file, socialServicesHours: undefined },
    });
  });

  it('covers a kommun without a centre: valid, in the editor’s form, read back, named after the kommun', () => {
    const { centre: _, ...none } = file;
    const text = followUpFileText(none);
    expect(text).not.toContain('centre:');
    expect(followUpSchema.safeParse(yaml.load(text)).success).toBe(true);
    expect(editorFormat('followUp')(text)).toBe(text);
    expect(parseFollowUpFile(text)).toEqual({
      ok: true,
      file: { ...none, socialServicesHours: undefined },
    });
    expect(followUpFileName(undefined, 'vansbro')).toBe('kommun-vansbro.yaml');
    expect(followUpFileName(file.centre, 'ludvika')).toBe('ludvika.yaml');
  });

  it('says in Swedish what is wrong with a file that is not one', () => {
    expect(parseFollowUpFile('hej')).toEqual({
      ok: false,
      error: 'Filen är inte en sparad självskattning: en rad kunde inte läsas.',
    });
    expect(parseFollowUpFile('centre: ludvika\n')).toEqual({
      ok: false,
      error:
        'Filen är inte en sparad självskattning: kommun (kommun), år (year), verksamhetsplan (workPlan), verksamhetsberättelse (annualReport), besöksenkät (visitorSurvey) saknas.',
    });
  });

  it('quotes a text exactly where the yaml package does', () => {
    const texts = [
      'Samordnare',
      'Samordnare, Ludvika',
      'a: b',
      'slut:',
      'a #b',
      '#start',
      '- lista',
      '2026',
      '12.5',
      'true',
      'null',
      'ja',
      'okänd',
      "Ludvika's",
      'Säg "hej"',
      'it\'s "both"',
      ' mellanslag',
      '@rektor',
      'Rektor & samordnare',
      '0x1F',
      '1e3',
    ];
    for (const text of texts)
      expect(yamlText(text), text).toBe(stringify(text, YAML_OUTPUT).trim());
  });

  // The files the regional coordinator adds are the files the page writes: reading any follow-up
  // entry (the real content's and the fixture region's) and writing it again gives the same bytes.
  it.each(followUpEntryFiles())('%s is exactly what the self-assessment writes', (path) => {
    const text = readFileSync(path, 'utf8');
    const parsed = parseFollowUpFile(text);
    expect(parsed.ok && followUpFileText(parsed.file)).toBe(text);
  });
});

function followUpEntryFiles(): string[] {
  return ['src/content/uppfoljning', 'tests/fixtures/region-18/content/uppfoljning'].flatMap(
    (dir) =>
      existsSync(dir)
        ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.yaml'))
            .map((f) => `${dir}/${f}`)
        : [],
  );
}
