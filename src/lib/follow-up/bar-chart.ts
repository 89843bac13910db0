/**
 * Stacked horizontal bars for a chart drawn at build time: one row per label, each value a
 * segment as wide as its share of the row's total. Pure: numbers in, rectangles out.
 */
export interface BarRow<K extends string> {
  label: string;
  values: Record<K, number>;
}

export interface ChartBar<K extends string> {
  key: K;
  value: number;
  x: number;
  width: number;
}

export interface ChartRow<K extends string> {
  label: string;
  /** Baseline of the row's label, which stands above its bar. */
  labelY: number;
  /** Top of the row's bar. */
  y: number;
  bars: ChartBar<K>[];
}

export interface BarChart<K extends string> {
  width: number;
  height: number;
  barHeight: number;
  rows: ChartRow<K>[];
}

/**
 * Each row is its label with the bar below it, the full width: the same drawing reads on a phone
 * and on a desktop, where labels beside the bars would leave the bars or the text too small.
 */
export function stackedBars<K extends string>(
  rows: readonly BarRow<K>[],
  keys: readonly K[],
  { width = 420, labelHeight = 20, barHeight = 20, gap = 12 } = {},
): BarChart<K> {
  const rowHeight = labelHeight + barHeight + gap;
  return {
    width,
    height: rows.length * rowHeight,
    barHeight,
    rows: rows.map((row, i) => {
      const total = keys.reduce((n, k) => n + row.values[k], 0);
      const top = i * rowHeight;
      let x = 0;
      const bars = keys.map((key) => {
        const w = total ? (row.values[key] / total) * width : 0;
        const bar = {
          key,
          value: row.values[key],
          x: Math.round(x * 10) / 10,
          width: Math.round(w * 10) / 10,
        };
        x += w;
        return bar;
      });
      return {
        label: row.label,
        labelY: top + labelHeight - 5,
        y: top + labelHeight,
        bars: bars.filter((b) => b.value > 0),
      };
    }),
  };
}
