/**
 * Pure chart geometry for the statistics explainers. Charts are drawn at build
 * time as inline SVG (no chart JavaScript); these functions only compute
 * positions and sizes, so they can be unit-tested.
 */

export interface BarInput {
  label: string;
  value: number;
}

export interface BarGeometry extends BarInput {
  /** Top of the row (where the label sits). */
  y: number;
  /** Baseline of the label text. */
  labelY: number;
  /** The bar rectangle. */
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Where the value text goes: just after the end of the bar. */
  valueX: number;
  valueY: number;
  /** Share of the scale's maximum, 0–1. */
  fraction: number;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  /** The value the full bar width stands for. */
  max: number;
  bars: BarGeometry[];
}

export interface BarChartOptions {
  /** Total width of the drawing (viewBox units). */
  width?: number;
  /** Room kept at the right for the value text. */
  valueSpace?: number;
  barHeight?: number;
  /** Height of the label line above each bar. */
  labelHeight?: number;
  /** Space between one row and the next. */
  gap?: number;
  /** Fix the scale (e.g. 100 for percentages); defaults to a "nice" number at or above the largest value. */
  max?: number;
}

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) that is at
 * least `value`, so a scale ends on a round figure.
 */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    // Guard against floating-point noise (e.g. 0.30000000000000004).
    if (candidate >= value - power * 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

/** Horizontal bars, one per row, each with its label above it and its value after it. */
export function barChart(data: readonly BarInput[], options: BarChartOptions = {}): BarChartGeometry {
  const { width = 360, valueSpace = 72, barHeight = 22, labelHeight = 20, gap = 14 } = options;
  if (data.some((d) => !Number.isFinite(d.value) || d.value < 0)) {
    throw new Error('Bar values must be finite numbers of zero or more.');
  }
  const largest = Math.max(0, ...data.map((d) => d.value));
  const max = options.max ?? niceCeiling(largest);
  if (max < largest) throw new Error(`The scale maximum ${max} is smaller than the largest value ${largest}.`);
  const track = width - valueSpace;
  const rowHeight = labelHeight + barHeight + gap;
  const bars = data.map((d, i) => {
    const y = i * rowHeight;
    const fraction = max === 0 ? 0 : d.value / max;
    // A non-zero value always shows at least a sliver, so it is not mistaken for zero.
    const barWidth = d.value > 0 ? Math.max(2, round(fraction * track)) : 0;
    const barY = y + labelHeight;
    return {
      ...d,
      y,
      labelY: y + labelHeight - 6,
      barX: 0,
      barY,
      barWidth,
      barHeight,
      valueX: barWidth + 6,
      valueY: barY + barHeight / 2 + 5,
      fraction,
    };
  });
  return { width, height: data.length === 0 ? 0 : data.length * rowHeight - gap, max, bars };
}

export interface WaffleCell {
  x: number;
  y: number;
  size: number;
  filled: boolean;
}

export interface WaffleGeometry {
  width: number;
  height: number;
  columns: number;
  rows: number;
  cells: WaffleCell[];
}

export interface WaffleOptions {
  /** Squares per row; defaults to `total` when it is 10 or fewer, else 20. */
  columns?: number;
  cell?: number;
  gap?: number;
}

/**
 * A grid of `total` squares of which the first `filled` are filled: "1 in 5"
 * is five squares with one filled; a count of 418 is 418 filled squares.
 */
export function waffle(filled: number, total: number, options: WaffleOptions = {}): WaffleGeometry {
  if (!Number.isInteger(total) || total < 1) throw new Error('A waffle needs a whole number of squares, at least 1.');
  if (!Number.isInteger(filled) || filled < 0 || filled > total) {
    throw new Error(`Filled squares (${filled}) must be a whole number between 0 and ${total}.`);
  }
  const columns = options.columns ?? (total <= 10 ? total : 20);
  const { cell = 14, gap = 3 } = options;
  const rows = Math.ceil(total / columns);
  const cells: WaffleCell[] = [];
  for (let i = 0; i < total; i++) {
    const column = i % columns;
    const row = Math.floor(i / columns);
    cells.push({ x: column * (cell + gap), y: row * (cell + gap), size: cell, filled: i < filled });
  }
  const usedColumns = Math.min(columns, total);
  return {
    width: usedColumns * cell + (usedColumns - 1) * gap,
    height: rows * cell + (rows - 1) * gap,
    columns,
    rows,
    cells,
  };
}

/**
 * One SVG path drawing the given squares, each with corners of `radius`: the
 * same outline as a `<rect rx>` per square, in far fewer bytes. Each square
 * after the first starts with a move relative to the one before, so a row of
 * squares repeats the same text, which compresses to almost nothing.
 */
export function squaresPath(cells: readonly WaffleCell[], radius = 2): string {
  let d = '';
  let from: { x: number; y: number } | undefined;
  for (const cell of cells) {
    const side = cell.size - 2 * radius;
    const start = { x: cell.x + radius, y: cell.y };
    d += from ? `m${start.x - from.x} ${start.y - from.y}` : `M${start.x} ${start.y}`;
    const arc = (dx: number, dy: number) => `a${radius} ${radius} 0 0 1 ${dx} ${dy}`;
    d += `h${side}${arc(radius, radius)}v${side}${arc(-radius, radius)}h${-side}${arc(-radius, -radius)}v${-side}${arc(radius, -radius)}z`;
    from = start;
  }
  return d;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
