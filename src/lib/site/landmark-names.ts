/**
 * Landmarks on a page need names of their own. `uniqueName(page, name)` gives `name` the first
 * time on a page and "name 2", "name 3" … after that; `page` is the request being rendered, so
 * the count starts again on every page.
 */
const given = new WeakMap<object, Map<string, number>>();

export function uniqueName(page: object, name: string): string {
  const onPage = given.get(page) ?? new Map<string, number>();
  given.set(page, onPage);
  const count = (onPage.get(name) ?? 0) + 1;
  onPage.set(name, count);
  return count > 1 ? `${name} ${count}` : name;
}
