/**
 * What TypeScript cannot see by itself. Guards for a value that comes from outside (parsed JSON
 * or YAML, a page's data attributes, local storage, a file the user opens, the editor's entry):
 * after the check it has its type, so nothing further along casts it. And a record built from its
 * keys, which Object.fromEntries types too loosely.
 */

/** An object with named fields (not null, not a list). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list of values of any kind (Array.isArray alone would type them `any`). */
export const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

/** One of a closed list of values: a union type's words. */
export const isOneOf = <T>(values: readonly T[], value: unknown): value is T =>
  values.some((v) => v === value);

/** A record with one value per key, each made by `value`. */
export function fromKeys<K extends string, V>(
  keys: readonly K[],
  value: (key: K) => V,
): Record<K, V> {
  // The one cast: Object.fromEntries types its keys as string, though here they are all of K.
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}
