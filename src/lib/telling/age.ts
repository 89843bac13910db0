/**
 * How old a fact is, in words: the status line of a centre page, the short label of a card, a
 * list and the map, the box's opening when the facts are old, the note above an old week, and a
 * kommun's status. Every channel says these through one of the functions here, in its language,
 * from the one age the view computed (register/fact-age.ts). Pure.
 */
import type { AgeView } from '../register/centre-view';
import type { KommunStatus } from '../register/coverage';
import type { Stage } from '../../schemas/centre-vocabulary';
import type { Words } from './words';

/** "Uppgift från maj 2024 (Borlänge kommun) – senare uppgift saknas." and any undated sources that say the same. */
export function ageLine(words: Words, age: AgeView): string {
  const who = words.teller(age.source);
  const line =
    age.state === 'odaterad'
      ? words.t('age.line.odaterad', { who: words.attribution(age.source) })
      : words.t(age.state === 'ny' ? 'age.line.ny' : 'age.line.aldre', {
          month: words.month(age.date ?? ''),
          who,
        });
  const also = age.undated.map((s) => words.attribution(s));
  return also.length > 0
    ? `${line} ${words.t('age.line.alsoUndated', { who: also.join('; ') })}`
    : line;
}

/** "Uppgift från maj 2024", "Uppgift utan datum": the same label on every card, list and map. */
export function ageLabel(words: Words, age: Pick<AgeView, 'state' | 'date'>): string {
  return age.date
    ? words.t('age.short.dated', { month: words.month(age.date) })
    : words.t('age.short.undated');
}

/** The box's first words when its facts are old or undated; undefined when they are recent. */
export function boxAgeIntro(words: Words, age: AgeView): string | undefined {
  if (age.state === 'ny') return undefined;
  return age.state === 'odaterad'
    ? words.t('age.box.odaterad')
    : words.t('age.box.aldre', { month: words.month(age.date ?? '') });
}

/** Said with a week's programme: its age and source; for an old or undated one, ask before going. */
export function weekAgeNote(words: Words, age: AgeView): string {
  const who = words.teller(age.source);
  if (age.state === 'odaterad') return words.t('age.week.odaterad', { who });
  return words.t(age.state === 'ny' ? 'age.week.ny' : 'age.week.aldre', {
    month: words.month(age.date ?? ''),
    who,
  });
}

export interface KommunAge {
  status: KommunStatus;
  stage: Stage;
  /** The age of the newest fact behind the status; undefined for "ingen". */
  age?: Pick<AgeView, 'state' | 'date'>;
}

/**
 * A kommun's status with the age of its fact, said the same way however old: "familjecentral
 * enligt en uppgift från maj 2024 – senare uppgift saknas", never "hade familjecentral".
 */
export function kommunStatusText(words: Words, k: KommunAge): string {
  if (k.status === 'ingen' || !k.age) return words.t('kommun.ingen');
  const month = k.age.date ? words.month(k.age.date) : '';
  const stage = words.t(`stage.${k.stage}`).toLowerCase();
  if (k.status === 'planerad') {
    if (!k.age.date) return words.t('kommun.planeradOdaterad', { stage });
    return words.t(k.age.state === 'ny' ? 'kommun.planerad' : 'kommun.planeradAldre', {
      stage,
      month,
    });
  }
  if (!k.age.date) return words.t('kommun.oppenOdaterad');
  return words.t(k.age.state === 'ny' ? 'kommun.oppen' : 'kommun.oppenAldre', { month });
}
