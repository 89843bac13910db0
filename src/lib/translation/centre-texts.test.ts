import { describe, expect, it } from 'vitest';
import {
  centreTextFingerprint,
  centreTextProblems,
  centreTextsOf,
  contactSaid,
  currentTexts,
  outdatedTexts,
  translatableTexts,
} from './centre-texts';

const centre = {
  contact: [
    { label: 'Orsa församling', note: 'Församlingens allmänna nummer' },
    {},
    { note: 'Bara vardagar' },
  ],
};
const swedish = translatableTexts(centre);
const made = (field: string, text: string, from = swedish.get(field)!) => ({
  field,
  text,
  madeFrom: centreTextFingerprint(field, from),
});

describe('a centre’s own texts in another language', () => {
  it('are its contact items’ labels and notes, by field', () => {
    expect([...swedish]).toEqual([
      ['contact[0].label', 'Orsa församling'],
      ['contact[0].note', 'Församlingens allmänna nummer'],
      ['contact[2].note', 'Bara vardagar'],
    ]);
    expect(translatableTexts({}).size).toBe(0);
  });

  it('are read from a centre file’s front matter as written, whatever else it holds', () => {
    const read = centreTextsOf({
      name: 'X',
      contact: [{ kind: 'telefon', label: 'Växel', note: '' }, 'fel', { note: 3 }],
    });
    expect(read).toEqual({
      contact: [{ label: 'Växel', note: undefined }, {}, { label: undefined, note: undefined }],
    });
    expect([...translatableTexts(read)]).toEqual([['contact[0].label', 'Växel']]);
    expect(centreTextsOf('no front matter')).toEqual({ contact: [] });
  });

  it('are used only when made from the Swedish text as it is now; an older one waits for review', () => {
    const texts = [
      made('contact[0].label', 'Orsa församling, the parish'),
      made('contact[0].note', 'The parish’s number', 'Församlingens nummer'),
    ];
    const current = currentTexts(swedish, texts);
    expect([...current.keys()]).toEqual(['contact[0].label']);
    expect(outdatedTexts(swedish, texts).map((t) => t.field)).toEqual(['contact[0].note']);
    // The fingerprint is of the field and the text: the same words in another field are another text.
    expect(centreTextFingerprint('contact[0].note', 'x')).not.toBe(
      centreTextFingerprint('contact[1].note', 'x'),
    );
  });

  it('say each contact item’s label and note in its order, where translated', () => {
    const current = currentTexts(swedish, [made('contact[2].note', 'Weekdays only')]);
    expect(contactSaid(3, current)).toEqual([
      { label: undefined, note: undefined },
      { label: undefined, note: undefined },
      { label: undefined, note: 'Weekdays only' },
    ]);
  });
});

describe('what the build refuses in a file of a centre’s translated texts', () => {
  const centres = new Map([
    ['orsa', swedish],
    ['mora', new Map<string, string>()],
  ]);
  const file = (id: string) => ({
    path: `src/content/oversattningar-familjecentraler/${id}.yaml`,
    id,
  });

  it('accepts the fields the centre has', () => {
    expect(
      centreTextProblems(
        file('en/orsa'),
        { lang: 'en', translates: 'orsa', texts: [{ field: 'contact[0].note' }] },
        centres,
      ),
    ).toEqual([]);
  });

  it('names a file not named after its language and centre', () => {
    expect(
      centreTextProblems(file('en/orsa'), { lang: 'fi', translates: 'orsa', texts: [] }, centres),
    ).toEqual([
      {
        file: 'src/content/oversattningar-familjecentraler/en/orsa.yaml',
        field: 'lang and translates',
        received: '"fi" and "orsa" in en/orsa.yaml',
        expected: 'the file fi/orsa.yaml, or the language and centre the file is named after',
      },
    ]);
  });

  it('names a centre that does not exist, with centres that do', () => {
    expect(
      centreTextProblems(file('en/orsaa'), { lang: 'en', translates: 'orsaa', texts: [] }, centres),
    ).toEqual([
      {
        file: 'src/content/oversattningar-familjecentraler/en/orsaa.yaml',
        field: 'translates',
        received: '"orsaa", which is not a centre',
        expected: 'the id of a centre in src/content/centres/, for example orsa, mora',
      },
    ]);
  });

  it('names a field the centre has no text in, a field translated twice, and a centre with nothing to translate', () => {
    const texts = [
      { field: 'contact[0].note' },
      { field: 'contact[1].label' },
      { field: 'contact[0].note' },
    ];
    expect(
      centreTextProblems(file('en/orsa'), { lang: 'en', translates: 'orsa', texts }, centres),
    ).toEqual([
      {
        file: 'src/content/oversattningar-familjecentraler/en/orsa.yaml',
        field: 'texts[1].field',
        received: '"contact[1].label", which orsa has no text in',
        expected:
          'a field with a text in the centre’s file: contact[0].label, contact[0].note, contact[2].note',
      },
      {
        file: 'src/content/oversattningar-familjecentraler/en/orsa.yaml',
        field: 'texts[2].field',
        received: '"contact[0].note", which the file translates already',
        expected: 'each field of the centre translated once',
      },
    ]);
    expect(
      centreTextProblems(
        file('en/mora'),
        { lang: 'en', translates: 'mora', texts: [{ field: 'contact[0].note' }] },
        centres,
      )[0]?.expected,
    ).toBe(
      'nothing: the centre’s file has no text to translate (no contact item with a label or note)',
    );
  });
});
