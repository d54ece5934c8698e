/**
 * Go source formatting the templates cannot do by themselves: gofmt aligns the cells of
 * consecutive struct fields and const specs into columns, one space past the widest cell.
 */

/** Aligns rows of cells as gofmt does: every cell but the last is padded to its column's width. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1
          ? cell
          : cell + " ".repeat((widths[column] ?? 0) - [...cell].length + 1),
      )
      .join(""),
  );
}

/** A Go interpreted string literal (JSON's escapes are Go's too). */
export function toGoString(value: string): string {
  return JSON.stringify(value);
}
