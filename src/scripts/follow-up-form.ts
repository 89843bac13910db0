// "Spara svaren som fil" and "Öppna sparade svar" on the self-assessment: the form's answers as a
// follow-up file (src/lib/follow-up/file.ts), downloaded in the browser, and such a file read back
// into the form. Nothing leaves the browser.
import {
  followUpFileName,
  followUpFileText,
  parseFollowUpFile,
  type FollowUpFile,
} from '../lib/follow-up/file';
import { followUpFromForm, NO_CENTRE, type FormValues } from '../lib/follow-up/form';
import { clearErrors, showErrors, type FieldProblem } from './error-summary';
import { FOLLOW_UP_DOCUMENT_IDS, type FollowUpDimension } from '../schemas/follow-up-vocabulary';

/** Today as YYYY-MM-DD in the reader's time zone. */
const today = () => new Date().toLocaleDateString('sv-SE');

type Problem = FieldProblem;

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

  /** The form's values as they stand, for followUpFromForm. */
  const values = (): FormValues => {
    const data = new FormData(form);
    const text = (name: string) => data.get(name)?.toString();
    return {
      kommun: kommun.value,
      centre: centre.value,
      year: year.value,
      answeredBy: answeredBy.value,
      openPreschoolHours: field<HTMLInputElement>('openPreschoolHours').value,
      socialServicesHours: field<HTMLInputElement>('socialServicesHours').value,
      answers: Object.fromEntries(questionIds.map((id) => [id, text(id)])),
      documents: Object.fromEntries(FOLLOW_UP_DOCUMENT_IDS.map((d) => [d, text(d)])),
    };
  };

  /** The form as a follow-up file, or what must be filled in first, each beside its field. */
  const read = (): { file: FollowUpFile } | { problems: Problem[] } => {
    const result = followUpFromForm(values(), questionIds, today());
    if ('file' in result) return result;
    return {
      problems: result.problems.map((p) => ({
        field: field<HTMLElement>(p.name),
        message: p.message,
      })),
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
      `Svaren är sparade i filen ${name} (${covers}, ${result.file.year}). Skicka filen till ${form.dataset.recipient} om svaren ska räknas med i uppföljningen. Vill du fortsätta senare öppnar du filen här med ”Öppna sparade svar”.`,
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
    FOLLOW_UP_DOCUMENT_IDS.forEach((d) => (field<HTMLSelectElement>(d).value = f[d]));
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
