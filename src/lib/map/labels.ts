/**
 * Places the names on a map so that none covers another: each name is a box of its estimated
 * width around its point; a name whose box meets one already placed moves up or down, a line at
 * a time, to the nearest free place within the picture. Plain numbers in and out.
 */
export interface LabelBox {
  x: number;
  y: number;
  text: string;
}

export interface LabelOptions {
  /** Average width of a character at the label's font size, in SVG units. */
  charWidth: number;
  /** Height of a line (the step a label moves by). */
  lineHeight: number;
  /** The picture's height: a label stays inside it. */
  height: number;
}

const box = (l: LabelBox, o: LabelOptions) => {
  const half = (l.text.length * o.charWidth) / 2;
  return {
    left: l.x - half,
    right: l.x + half,
    top: l.y - o.lineHeight * 0.8,
    bottom: l.y + o.lineHeight * 0.2,
  };
};
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The labels, in the same order, each with the y where it is drawn. */
export function placeLabels(labels: readonly LabelBox[], options: LabelOptions): LabelBox[] {
  const placed: ReturnType<typeof box>[] = [];
  const result = new Map<LabelBox, LabelBox>();
  // Longer names first: they have fewer free places; short ones fit in between.
  for (const label of [...labels].sort((a, b) => b.text.length - a.text.length)) {
    let chosen = label;
    for (let step = 0; step <= 6; step++) {
      const candidates = step === 0 ? [0] : [step, -step];
      const free = candidates
        .map((s) => ({ ...label, y: label.y + s * options.lineHeight }))
        .find((c) => {
          const b = box(c, options);
          return b.top >= 0 && b.bottom <= options.height && !placed.some((p) => overlaps(p, b));
        });
      if (free) {
        chosen = free;
        break;
      }
    }
    placed.push(box(chosen, options));
    result.set(label, chosen);
  }
  return labels.map((l) => result.get(l)!);
}
