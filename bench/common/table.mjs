/** Plain-text table and figure formatting shared by the benchmarks. Pure functions of their input. */

/** Pads columns to one width each; `right[i]` right-aligns column i. */
export function align(rows, right) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        right[column] ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** Milliseconds with precision that suits the size: `0.42 ms`, `12.3 ms`, `1,234 ms`. */
export function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** A ratio as `2.4x`, or `-` when either side is missing. */
export function ratio(value, base) {
  return value === undefined || base === undefined || base === 0 ? '-' : `${(value / base).toFixed(1)}x`;
}

/** A count with thousands separators, or `-`. */
export function count(value) {
  return value === undefined ? '-' : value.toLocaleString('en-US');
}
