import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barChart, niceCeiling, squaresPath, waffle } from '@/lib/chart.ts';

test('scales end on a round number at or above the largest value', () => {
  assert.equal(niceCeiling(68), 100);
  assert.equal(niceCeiling(27_600_000), 50_000_000);
  assert.equal(niceCeiling(17_300_000), 20_000_000);
  assert.equal(niceCeiling(22), 25);
  assert.equal(niceCeiling(100), 100);
  assert.equal(niceCeiling(0.3), 0.5);
  assert.equal(niceCeiling(0), 1);
});

test('bar lengths are proportional to the values on the scale', () => {
  const chart = barChart(
    [
      { label: 'Labour', value: 68 },
      { label: 'Sexual', value: 22 },
      { label: 'State', value: 10 },
    ],
    { width: 340, valueSpace: 100, max: 100 },
  );
  const track = 340 - 100;
  assert.equal(chart.max, 100);
  // Widths are rounded to hundredths of a unit.
  assert.deepEqual(
    chart.bars.map((b) => b.barWidth),
    [163.2, 52.8, 24],
  );
  chart.bars.forEach((b, i) => assert.ok(Math.abs(b.barWidth - [0.68, 0.22, 0.1][i]! * track) < 0.01));
  // Rows do not overlap and keep their order; the drawing is exactly as tall as its rows.
  for (let i = 1; i < chart.bars.length; i++) {
    assert.ok(chart.bars[i]!.y >= chart.bars[i - 1]!.barY + chart.bars[i - 1]!.barHeight);
  }
  const last = chart.bars.at(-1)!;
  assert.equal(chart.height, last.barY + last.barHeight);
  // The value label starts after the bar and stays inside the drawing.
  for (const bar of chart.bars) {
    assert.ok(bar.valueX > bar.barX + bar.barWidth);
    assert.ok(bar.valueX < chart.width - 60);
  }
});

test('without a fixed maximum the largest bar fills its share of a round scale', () => {
  const chart = barChart([
    { label: 'Forced labour', value: 27_600_000 },
    { label: 'Forced marriage', value: 22_000_000 },
  ]);
  assert.equal(chart.max, 50_000_000);
  assert.equal(chart.bars[0]!.fraction, 27_600_000 / 50_000_000);
  assert.ok(chart.bars[0]!.barWidth > chart.bars[1]!.barWidth);
});

test('tiny values stay visible, zero stays empty, bad input is refused', () => {
  const chart = barChart(
    [
      { label: 'a', value: 1 },
      { label: 'b', value: 0 },
      { label: 'c', value: 100_000 },
    ],
    {},
  );
  assert.equal(chart.bars[0]!.barWidth, 2);
  assert.equal(chart.bars[1]!.barWidth, 0);
  assert.throws(() => barChart([{ label: 'x', value: -1 }]), /zero or more/);
  assert.throws(() => barChart([{ label: 'x', value: 120 }], { max: 100 }), /smaller than the largest/);
  assert.equal(barChart([]).height, 0);
});

test('a waffle of 1 in 5 is one row of five with the first filled', () => {
  const grid = waffle(1, 5, { cell: 40, gap: 8 });
  assert.equal(grid.rows, 1);
  assert.equal(grid.columns, 5);
  assert.equal(grid.cells.length, 5);
  assert.deepEqual(
    grid.cells.map((c) => c.filled),
    [true, false, false, false, false],
  );
  assert.deepEqual(
    grid.cells.map((c) => c.x),
    [0, 48, 96, 144, 192],
  );
  assert.equal(grid.width, 5 * 40 + 4 * 8);
  assert.equal(grid.height, 40);
});

test('a waffle of 418 wraps into rows of 20 and every square is inside the drawing', () => {
  const grid = waffle(418, 418, { columns: 20, cell: 14, gap: 3 });
  assert.equal(grid.rows, 21);
  assert.equal(grid.cells.filter((c) => c.filled).length, 418);
  const last = grid.cells.at(-1)!;
  assert.equal(last.x, 17 * 17);
  assert.equal(last.y, 20 * 17);
  for (const cell of grid.cells) {
    assert.ok(cell.x + cell.size <= grid.width && cell.y + cell.size <= grid.height);
  }
  assert.throws(() => waffle(6, 5), /between 0 and 5/);
  assert.throws(() => waffle(1, 0), /at least 1/);
  assert.throws(() => waffle(1.5, 5), /whole number/);
});

test('squares are drawn as one path of rounded squares, one closed shape each, moves relative after the first', () => {
  const grid = waffle(3, 5, { cell: 14, gap: 3 });
  const filled = squaresPath(grid.cells.filter((c) => c.filled));
  assert.equal(filled.match(/z/g)?.length, 3);
  assert.equal(
    filled,
    'M2 0h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2z' +
      'm17 0h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2z' +
      'm17 0h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2z',
  );
  const rows = squaresPath(waffle(21, 21, { columns: 20, cell: 14, gap: 3 }).cells);
  assert.match(rows, /zm-323 17h10/, 'the next row starts back at the left');
  assert.equal(squaresPath([]), '');
});
