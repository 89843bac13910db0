// Errors in a form as GOV.UK Frontend shows them: a summary at the top of the form, focused, with a
// link to each field; and each message beside its field, between the label and the field, tied to
// it with aria-describedby and aria-invalid. A link in the summary brings the field's label and
// message into view before the field gets focus, so on a phone the message is on screen.
import { required } from './dom';

export interface FieldProblem {
  field: HTMLElement;
  message: string;
}

const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

/** Where a field's message goes: after its label, or at the top of its fieldset. */
function labelOf(field: HTMLElement): HTMLElement | null {
  return (
    (field.id && document.querySelector<HTMLElement>(`label[for="${CSS.escape(field.id)}"]`)) ||
    field.closest('fieldset')?.querySelector('legend') ||
    null
  );
}

export function clearErrors(form: HTMLFormElement): void {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  if (summary) summary.hidden = true;
  form.querySelectorAll('.fc-field-error').forEach((message) => {
    const field = form.querySelector<HTMLElement>(`[aria-describedby~="${message.id}"]`);
    if (field) {
      const rest = describedBy(field).filter((id) => id !== message.id);
      if (rest.length) field.setAttribute('aria-describedby', rest.join(' '));
      else field.removeAttribute('aria-describedby');
      field.removeAttribute('aria-invalid');
    }
    message.remove();
  });
}

export function showErrors(form: HTMLFormElement, problems: readonly FieldProblem[]): void {
  clearErrors(form);
  const summary = required('[data-error-summary]', HTMLElement, form);
  const list = required('[data-error-list]', HTMLElement, summary);
  list.replaceChildren(
    ...problems.map(({ field, message }) => {
      const link = Object.assign(document.createElement('a'), {
        href: `#${field.id}`,
        textContent: message,
      });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        (labelOf(field) ?? field).scrollIntoView({ block: 'start' });
        field.focus({ preventScroll: true });
      });
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  for (const { field, message } of problems) {
    const id = `${field.id}-fel`;
    const text = Object.assign(document.createElement('span'), { id, className: 'fc-field-error' });
    text.append(
      Object.assign(document.createElement('span'), {
        className: 'fc-visually-hidden',
        textContent: 'Fel: ',
      }),
      message,
    );
    const label = labelOf(field);
    if (label && label.tagName === 'LABEL') label.after(text);
    else field.before(text);
    field.setAttribute('aria-describedby', [...describedBy(field), id].join(' '));
    field.setAttribute('aria-invalid', 'true');
  }
  summary.hidden = false;
  summary.focus();
}
