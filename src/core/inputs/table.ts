import type { CellValue, SheetSnapshot, WorkbookRead } from "../workbook";
import type { InputProblem } from "./problems";
import type { InputColumn } from "./sheets";

/** Header captions compare after NFKC and without spaces: "金额(元)" and "金额（元）" are one caption. */
export function captionKey(value: CellValue | undefined): string {
  return value === null || value === undefined
    ? ""
    : String(value).normalize("NFKC").replace(/\s+/g, "");
}

export interface ColumnMap {
  /** Column key → 0-based column index. */
  index: Record<string, number>;
  headerRow: number;
}

/**
 * Finds a list's header row (the first row, from `from`, holding the `anchor` column's caption) and
 * where each column is: layouts made by hand may reorder columns or use an alias caption.
 */
export function locateColumns(
  sheet: SheetSnapshot,
  columns: readonly InputColumn[],
  anchor: string,
  problems: InputProblem[],
  {
    from = 0,
    within = 30,
    required = columns.map((c) => c.key),
  }: { from?: number; within?: number; required?: string[] } = {}
): ColumnMap | undefined {
  const accepts = (column: InputColumn) =>
    new Set([column.header, ...(column.aliases ?? [])].map(captionKey));
  const anchorColumn = columns.find((c) => c.key === anchor) as InputColumn;
  const limit = Math.min(sheet.values.length, from + within);
  for (let r = from; r < limit; r++) {
    const row = sheet.values[r] ?? [];
    if (!row.some((v) => accepts(anchorColumn).has(captionKey(v)))) continue;
    const index: Record<string, number> = {};
    for (const column of columns) {
      const names = accepts(column);
      const at = row.findIndex((v) => names.has(captionKey(v)));
      if (at >= 0) index[column.key] = at;
    }
    const missing = columns.filter((c) => required.includes(c.key) && index[c.key] === undefined);
    for (const column of missing) {
      problems.push({
        sheet: sheet.name,
        row: r,
        message: `表头缺少“${column.header}”列`,
      });
    }
    return missing.length ? undefined : { index, headerRow: r };
  }
  problems.push({
    sheet: sheet.name,
    message: `找不到表头行（应有“${anchorColumn.header}”等列，见 docs/输入表说明.md）`,
  });
  return undefined;
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((v) => v === null || v === undefined || captionKey(v) === "");
}

/** Text of a cell as typed (trimmed); "" for blank. */
export function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * 决算年度 as a clerk writes it (基础信息, --year, the pane's settings): four digits, optionally
 * followed by 年 or 年度 ("2023", "2023年", "2023 年度"); undefined for anything else, which the caller
 * reports or passes over.
 */
export function fiscalYearOf(text: string): number | undefined {
  const digits = /^(\d{4})\s*(?:年度?)?$/.exec(text.trim())?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/**
 * An input sheet of the workbook read, with the columns a reader needs located; undefined when the
 * sheet or one of those columns is not there (reviewers' copies often have only the tables).
 */
export function locatedSheet(
  read: WorkbookRead,
  name: string,
  columns: readonly InputColumn[],
  anchor: string,
  required: string[]
): { sheet: SheetSnapshot; columns: ColumnMap } | undefined {
  const sheet = read.sheets.find((s) => s.name === name);
  const located = sheet && locateColumns(sheet, columns, anchor, [], { required });
  return sheet && located ? { sheet, columns: located } : undefined;
}
