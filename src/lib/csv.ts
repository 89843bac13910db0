/** CSV as the open data writes it (RFC 4180, CRLF line ends): one writer for every table. Pure. */

/** One CSV field: quoted when it holds a separator, quote or line break; lists joined with "|". */
export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.join('|')
        : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table: a header line of the columns, then one line per row with those columns' values. */
export function toCsv<R>(rows: readonly R[], columns: readonly (keyof R & string)[]): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => csvField(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
