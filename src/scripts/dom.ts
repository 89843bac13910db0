// What a browser script takes from the page, checked once where it comes in: an element of the
// kind the script uses, a form's field, a data attribute, a form's value as text. A page that has
// changed stops the script with a message naming what is missing (as GOV.UK Frontend's
// ElementError does); the page itself still works without the script.

/** What a page must have for its script, and does not. */
export class PageError extends Error {
  override name = 'PageError';
}

type Kind<T extends Element> = abstract new () => T;

/** An element the page may have, of the kind the script uses when it is there. */
export function optional<T extends Element>(
  selector: string,
  kind: Kind<T>,
  root: ParentNode = document,
): T | undefined {
  const element = root.querySelector(selector);
  if (element === null) return undefined;
  if (!(element instanceof kind))
    throw new PageError(`The page's ${selector} is not a ${kind.name}; its script cannot run.`);
  return element;
}

/** An element the page must have, of the kind the script uses. */
export function required<T extends Element>(
  selector: string,
  kind: Kind<T>,
  root: ParentNode = document,
): T {
  const element = optional(selector, kind, root);
  if (!element)
    throw new PageError(`The page has no ${kind.name} ${selector}; its script cannot run.`);
  return element;
}

/** A form's field by its name, of the kind the script uses. */
export function field<T extends Element>(form: HTMLFormElement, name: string, kind: Kind<T>): T {
  const element = form.elements.namedItem(name);
  if (!(element instanceof kind))
    throw new PageError(`The form has no ${kind.name} named "${name}"; its script cannot run.`);
  return element;
}

/** A data attribute the element must carry: data-help-path is dataAttribute(element, 'helpPath'). */
export function dataAttribute(element: HTMLElement, name: string): string {
  const value = element.dataset[name];
  if (value === undefined) {
    const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new PageError(`The page's ${element.tagName.toLowerCase()} has no ${attribute}.`);
  }
  return value;
}

/** A form's value as text; a chosen file, or nothing, is no text. */
export function formText(data: FormData, name: string): string | undefined {
  const value = data.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** All of a form's values of one name, as texts. */
export function formTexts(data: FormData, name: string): string[] {
  return data.getAll(name).filter((v) => typeof v === 'string');
}
