/**
 * A value a test needs to go on (the first row, a match's group): the test fails here, naming
 * what is missing, when it is not there. With noUncheckedIndexedAccess, what `list[0]!` would
 * assert without checking.
 */
export function defined<T>(value: T | undefined, what = 'a value'): T {
  if (value === undefined) throw new Error(`Expected ${what}, got nothing.`);
  return value;
}
