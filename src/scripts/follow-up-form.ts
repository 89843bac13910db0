// "Spara svaren som fil" and "Öppna sparade svar" on the self-assessment: the form's answers as a
// follow-up file (src/lib/follow-up/file.ts), downloaded in the browser, and such a file read back
// into the form. Nothing leaves the browser.
import {
  followUpFileName,
  followUpFileText,
  parseFollowUpFile,
  type FollowUpFile,
} from '../lib/follow-up/file';
import { clearErrors, showErrors, type FieldProblem } from './error-summary';
import {
  FOLLOW_UP_DIMENSION_IDS,
  FOLLOW_UP_DOCUMENTS,
  type FollowUpAnswer,
  type FollowUpDimension,
  type FollowUpDocument,
  type DocumentAnswer,
} from '../schemas/follow-up-vocabulary';

const DOCUMENTS = Object.keys(FOLLOW_UP_DOCUMENTS) as FollowUpDocument[];

/** Today as YYYY-MM-DD in the reader's time zone. */
const today = () => new Date().toLocaleDateString('sv-SE');

type Problem = FieldProblem;

/** The value of the "Svaren gäller" list that means the kommun has no centre yet. */
const NO_CENTRE = 'ingen';

export function enableFollowUpFile(form: HTMLFormElement, questionIds: readonly string[]): void {
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
  const kommun = field<HTMLSelectElement>('kommun');
  const centre = field<HTMLSelectElement>('centre');
  const year = field<HTMLInputElement>('year');
  const answeredBy = field<HTMLInputElement>('answeredBy');
  const status = form.querySelector<HTMLElement>('[data-message="status"]')!;
  const error = form.querySelector<HTMLElement>('[data-message="error"]')!;
  const saveButton = form.querySelector<HTMLButtonElement>('[data-action="save"]')!;
  const fileInput = form.querySelector<HTMLInputElement>('[data-action="open"]')!;

  const say = (text: string, isError = false) => {
    (isError ? status : error).textContent = '';
    (isError ? error : status).textContent = text;
  };
  const clearInvalid = () => clearErrors(form);

  /** The centres of the chosen kommun, and "Ingen familjecentral ännu", are the choices. */
  const showCentres = () => {
    for (const option of centre.options) {
      const belongs =
        option.value === '' || option.value === NO_CENTRE || option.dataset.kommun === kommun.value;
      option.hidden = !belongs;
      option.disabled = !belongs;
    }
    if (centre.selectedOptions[0]?.disabled) centre.value = '';
  };
  kommun.addEventListener('change', showCentres);
  showCentres();
  const kommunSlug = () => kommun.selectedOptions[0]?.dataset.slug ?? '';
  const kommunLabel = () => kommun.selectedOptions[0]?.textContent ?? '';

  const hours = (name: string, label: string, problems: Problem[]): number | undefined => {
    const input = field<HTMLInputElement>(name);
    const value = input.value.trim();
    if (value === '') return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 80)
      problems.push({
        field: input,
        message: `${label}: skriv hela timmar, 0 till 80, eller lämna tomt.`,
      });
    return n;
  };

  /** The form as a follow-up file, or what must be filled in first. */
  const read = (): { file: FollowUpFile } | { problems: Problem[] } => {
    const problems: Problem[] = [];
    if (!kommun.value)
      problems.push({ field: kommun, message: 'Välj kommunen som svaren gäller.' });
    if (!centre.value)
      problems.push({
        field: centre,
        message:
          'Välj vad svaren gäller: familjecentralen, en planerad familjecentral eller ”Ingen familjecentral ännu”.',
      });
    const y = Number(year.value);
    if (!Number.isInteger(y) || y < 2000 || y > 2100)
      problems.push({ field: year, message: 'Skriv året som svaren gäller, till exempel 2026.' });
    const by = answeredBy.value.trim();
    if (by.length < 3)
      problems.push({
        field: answeredBy,
        message: 'Skriv vem som svarar: en roll och organisation, till exempel Samordnare.',
      });
    const openPreschoolHours = hours('openPreschoolHours', 'Öppna förskolan', problems);
    const socialServicesHours = hours('socialServicesHours', 'Socialtjänsten', problems);
    if (problems.length) return { problems };
    const data = new FormData(form);
    const answer = (id: string) => (data.get(id)?.toString() ?? 'okänd') as FollowUpAnswer;
    const date = today();
    return {
      file: {
        kommun: kommun.value,
        ...(centre.value !== NO_CENTRE && { centre: centre.value }),
        year: y,
        answeredBy: by,
        answeredOn: date,
        answers: Object.fromEntries(
          FOLLOW_UP_DIMENSION_IDS.map((id) => [
            id,
            questionIds.includes(id) ? answer(id) : 'okänd',
          ]),
        ) as Record<FollowUpDimension, FollowUpAnswer>,
        openPreschoolHours,
        socialServicesHours,
        ...(Object.fromEntries(
          DOCUMENTS.map((d) => [d, data.get(d)?.toString() ?? 'okänd']),
        ) as Record<FollowUpDocument, DocumentAnswer>),
        lastReviewed: date,
        owner: by,
      },
    };
  };

  saveButton.addEventListener('click', () => {
    clearInvalid();
    const result = read();
    if ('problems' in result) {
      say('');
      showErrors(form, result.problems);
      return;
    }
    const name = followUpFileName(result.file.centre, kommunSlug());
    const covers = result.file.centre
      ? centre.selectedOptions[0].textContent
      : `${kommunLabel()}, ingen familjecentral ännu`;
    const url = URL.createObjectURL(
      new Blob([followUpFileText(result.file)], { type: 'text/yaml' }),
    );
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(
      `Svaren är sparade i filen ${name} (${covers}, ${result.file.year}). Skicka filen till ${form.dataset.owner} om svaren ska räknas med i uppföljningen. Vill du fortsätta senare öppnar du filen här med ”Öppna sparade svar”.`,
    );
  });

  fileInput.addEventListener('change', async () => {
    clearInvalid();
    const chosen = fileInput.files?.[0];
    if (!chosen) return;
    const parsed = parseFollowUpFile(await chosen.text());
    fileInput.value = '';
    if (!parsed.ok) return say(`${chosen.name}: ${parsed.error}`, true);
    const f = parsed.file;
    if (![...kommun.options].some((o) => o.value === f.kommun))
      return say(
        `${chosen.name}: kommunen med koden ”${f.kommun}” finns inte i listan på den här webbplatsen.`,
        true,
      );
    kommun.value = f.kommun;
    showCentres();
    const target = f.centre ?? NO_CENTRE;
    if (![...centre.options].some((o) => o.value === target && !o.disabled))
      return say(
        `${chosen.name}: familjecentralen ”${f.centre}” finns inte i listan för ${kommunLabel()} på den här webbplatsen.`,
        true,
      );
    centre.value = target;
    year.value = String(f.year);
    answeredBy.value = f.answeredBy;
    for (const id of questionIds) {
      const a = f.answers[id as FollowUpDimension];
      form
        .querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(id)}"]`)
        .forEach((r) => (r.checked = r.value === a));
    }
    field<HTMLInputElement>('openPreschoolHours').value = f.openPreschoolHours?.toString() ?? '';
    field<HTMLInputElement>('socialServicesHours').value = f.socialServicesHours?.toString() ?? '';
    DOCUMENTS.forEach((d) => (field<HTMLSelectElement>(d).value = f[d]));
    say(`Svaren från ${chosen.name} är inlagda. Fortsätt där du slutade.`);
  });

  // "Börja om" clears every answer: it asks first, since a month's answers may be unsaved.
  form.addEventListener('reset', (event) => {
    if (!window.confirm('Ta bort alla svar i formuläret? Filer du har sparat påverkas inte.')) {
      event.preventDefault();
      return;
    }
    clearInvalid();
    status.textContent = '';
    error.textContent = '';
    setTimeout(showCentres);
  });
}
