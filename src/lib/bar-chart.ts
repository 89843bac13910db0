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
  /** Top of the row's bar. */
  y: number;
  bars: ChartBar<K>[];
}

export interface BarChart<K extends string> {
  width: number;
  height: number;
  /** Where the bars start (labels are to the left). */
  barsX: number;
  barHeight: number;
  rows: ChartRow<K>[];
}

export function stackedBars<K extends string>(rows: readonly BarRow<K>[], keys: readonly K[], { width = 640, labelWidth = 260, barHeight = 22, gap = 12 } = {}): BarChart<K> {
  const barsWidth = width - labelWidth;
  return {
    width,
    height: rows.length * (barHeight + gap) + gap,
    barsX: labelWidth,
    barHeight,
    rows: rows.map((row, i) => {
      const total = keys.reduce((n, k) => n + row.values[k], 0);
      let x = labelWidth;
      const bars = keys.map((key) => {
        const w = total ? (row.values[key] / total) * barsWidth : 0;
        const bar = { key, value: row.values[key], x: Math.round(x * 10) / 10, width: Math.round(w * 10) / 10 };
        x += w;
        return bar;
      });
      return { label: row.label, y: gap + i * (barHeight + gap), bars: bars.filter((b) => b.value > 0) };
    }),
  };
}
