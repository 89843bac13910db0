/** The lines of a Markdown/MDX body that are prose, with their line numbers: fenced code is left out. */
export function proseLines(body: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (!inFence) lines.push({ text, line: i + 1 });
  });
  return lines;
}
