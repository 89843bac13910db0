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
import { field, formText, required } from './dom';
import { FOLLOW_UP_DIMENSION_IDS, FOLLOW_UP_DOCUMENT_IDS } from '../schemas/follow-up-vocabulary';
import { fromKeys, isOneOf } from '../lib/typed';

/** Today as YYYY-MM-DD in the reader's time zone. */
const today = () => new Date().toLocaleDateString('sv-SE');

type Problem = FieldProblem;

export function enableFollowUpFile(form: HTMLFormElement, questionIds: readonly string[]): void {
  const input = (name: string) => field(form, name, HTMLInputElement);
  const select = (name: string) => field(form, name, HTMLSelectElement);
  const kommun = select('kommun');
  const centre = select('centre');
  const year = input('year');
  const answeredBy = input('answeredBy');
  const openPreschoolHours = input('openPreschoolHours');
  const socialServicesHours = input('socialServicesHours');
  const documents = fromKeys(FOLLOW_UP_DOCUMENT_IDS, select);
  const status = required('[data-message="status"]', HTMLElement, form);
  const error = required('[data-message="error"]', HTMLElement, form);
  const saveButton = required('[data-action="save"]', HTMLButtonElement, form);
  const fileInput = required('[data-action="open"]', HTMLInputElement, form);

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
    return {
      kommun: kommun.value,
      centre: centre.value,
      year: year.value,
      answeredBy: answeredBy.value,
      openPreschoolHours: openPreschoolHours.value,
      socialServicesHours: socialServicesHours.value,
      answers: Object.fromEntries(questionIds.map((id) => [id, formText(data, id)])),
      documents: fromKeys(FOLLOW_UP_DOCUMENT_IDS, (d) => documents[d].value),
    };
  };

  /** The form as a follow-up file, or what must be filled in first, each beside its field. */
  const read = (): { file: FollowUpFile } | { problems: Problem[] } => {
    const result = followUpFromForm(values(), questionIds, today());
    if ('file' in result) return result;
    return {
      problems: result.problems.map((p) => ({
        field: field(form, p.name, HTMLElement),
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
      ? (centre.selectedOptions[0]?.textContent ?? result.file.centre)
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

  /** Puts a saved file's answers in the form, or says what is wrong with the file. */
  const open = async (chosen: File) => {
    const parsed = parseFollowUpFile(await chosen.text());
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
    for (const id of questionIds.filter((id) => isOneOf(FOLLOW_UP_DIMENSION_IDS, id))) {
      const a = f.answers[id];
      form
        .querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(id)}"]`)
        .forEach((r) => (r.checked = r.value === a));
    }
    openPreschoolHours.value = f.openPreschoolHours?.toString() ?? '';
    socialServicesHours.value = f.socialServicesHours?.toString() ?? '';
    FOLLOW_UP_DOCUMENT_IDS.forEach((d) => (documents[d].value = f[d]));
    say(`Svaren från ${chosen.name} är inlagda. Fortsätt där du slutade.`);
  };
  fileInput.addEventListener('change', () => {
    clearInvalid();
    const chosen = fileInput.files?.[0];
    fileInput.value = '';
    if (chosen) void open(chosen);
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
