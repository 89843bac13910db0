import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { followUpFromForm, NO_CENTRE, type FormValues } from './form';
import { followUpFileText } from './file';
import { followUpSchema } from '../../schemas/follow-up';
import type { FollowUpDimension } from '../../schemas/follow-up-vocabulary';

const asked: FollowUpDimension = 'samlokalisering';
const notAsked: FollowUpDimension = 'gemensamma-grupper';
const filled: FormValues = {
  kommun: '2085',
  centre: 'ludvika',
  year: '2026',
  answeredBy: ' Samordnare, Ludvika kommun ',
  openPreschoolHours: '12',
  socialServicesHours: '',
  answers: { [asked]: 'ja', [notAsked]: 'ja' },
  documents: { workPlan: 'ja' },
};

describe('the self-assessment form as a follow-up file', () => {
  it('makes a file the follow-up schema accepts, with what was not asked or answered as okänd', () => {
    const result = followUpFromForm(filled, [asked], '2026-12-02');
    if (!('file' in result)) throw new Error(JSON.stringify(result.problems));
    const { file } = result;
    expect(file).toMatchObject({
      kommun: '2085',
      centre: 'ludvika',
      year: 2026,
      answeredBy: 'Samordnare, Ludvika kommun',
      answeredOn: '2026-12-02',
      openPreschoolHours: 12,
      socialServicesHours: undefined,
      workPlan: 'ja',
      annualReport: 'okänd',
      owner: 'Samordnare, Ludvika kommun',
      lastReviewed: '2026-12-02',
    });
    expect(file.answers[asked]).toBe('ja');
    expect(file.answers[notAsked]).toBe('okänd');
    expect(followUpSchema.safeParse(yaml.load(followUpFileText(file))).success).toBe(true);
  });

  it('makes a file without a centre for a kommun without one', () => {
    const result = followUpFromForm({ ...filled, centre: NO_CENTRE }, [asked], '2026-12-02');
    // A file first: a form that refused "Ingen familjecentral ännu" would make none.
    expect(result).not.toHaveProperty('problems');
    if (!('file' in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.file.kommun).toBe('2085');
    expect(result.file).not.toHaveProperty('centre');
    expect(followUpSchema.safeParse(yaml.load(followUpFileText(result.file))).success).toBe(true);
  });

  it('names every field to fix, with its message, and makes no file', () => {
    const result = followUpFromForm(
      {
        ...filled,
        kommun: '',
        centre: '',
        year: '26',
        answeredBy: 'ab',
        openPreschoolHours: '2,5',
        socialServicesHours: '81',
      },
      [asked],
      '2026-12-02',
    );
    expect('problems' in result && result.problems.map((p) => p.name)).toEqual([
      'kommun',
      'centre',
      'year',
      'answeredBy',
      'openPreschoolHours',
      'socialServicesHours',
    ]);
    expect('problems' in result && result.problems[4]?.message).toBe(
      'Öppna förskolan: skriv hela timmar, 0 till 80, eller lämna tomt.',
    );
  });

  it('does not take an answer the form cannot give', () => {
    const result = followUpFromForm(
      { ...filled, answers: { [asked]: 'kanske' }, documents: { workPlan: 'x' } },
      [asked],
      '2026-12-02',
    );
    expect('file' in result && [result.file.answers[asked], result.file.workPlan]).toEqual([
      'okänd',
      'okänd',
    ]);
  });
});
