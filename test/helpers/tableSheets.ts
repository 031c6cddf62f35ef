/** Building sheet snapshots by hand for the reader's tests. */
import { renderTableSheet } from "../../src/core/render/tableSheet";
import { catalogsFor } from "../../src/core/subjects";
import { layoutTable, TableLayout } from "../../src/core/templates/layout";
import { jiangxi2021 } from "../../src/core/profiles/jiangxi-2021";
import type { TableTemplate } from "../../src/core/templates/types";
import type { CellRange, CellValue, PlannedCell, SheetSnapshot } from "../../src/core/workbook";
import { parseRange } from "../../src/core/workbook/a1";

export const catalogs = catalogsFor(2021);
export const profile = jiangxi2021;

export function template(id: string): TableTemplate {
  return profile.tables.find((t) => t.id === id) as TableTemplate;
}

/** A sheet from rows of values (undefined or null: blank) and merges in A1 form ("A1:D1"). */
export function sheet(
  name: string,
  rows: (CellValue | undefined)[][],
  merges: string[] = []
): SheetSnapshot {
  const values = rows.map((row) => row.map((v) => (v === undefined ? null : v)));
  return {
    name,
    values,
    formulas: values.map((row) => row.map(() => null)),
    merges: merges.map(parseRange),
  };
}

/** A table as fill renders it, with the given figures (by id), as a snapshot named `name`. */
export function rendered(
  id: string,
  name: string,
  figures: (cellId: string, index: number) => number,
  regionCodes: string[] = []
): { snapshot: SheetSnapshot; layout: TableLayout } {
  const layout = layoutTable(template(id), { catalogs, regionCodes: { [id]: regionCodes } });
  const amounts = new Map<string, PlannedCell>(
    layout.amounts.map((a, i) => [a.id, { value: figures(a.id, i) }])
  );
  const plan = renderTableSheet(layout, amounts, { department: "测试局", unitLabel: "万元" });
  const values = plan.cells.map((row) =>
    row.map((cell) =>
      cell ? (cell.formula !== undefined ? (cell.result ?? null) : (cell.value ?? null)) : null
    )
  );
  return {
    snapshot: {
      name,
      values,
      formulas: values.map((row) => row.map(() => null)),
      merges: plan.merges.map((m) => ({ ...m })),
    },
    layout,
  };
}

/** Inserts an empty row before `at` (0-based), moving merges below it down. */
export function insertRow(s: SheetSnapshot, at: number): SheetSnapshot {
  const values = [...s.values.slice(0, at), [], ...s.values.slice(at)];
  const shift = (m: CellRange): CellRange =>
    m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m;
  return {
    ...s,
    values,
    formulas: values.map((r) => r.map(() => null)),
    merges: s.merges.map(shift),
  };
}

/** Inserts an empty column before `at`, moving merges to its right. */
export function insertColumn(s: SheetSnapshot, at: number): SheetSnapshot {
  const values = s.values.map((row) =>
    row.length > at ? [...row.slice(0, at), null, ...row.slice(at)] : [...row]
  );
  const shift = (m: CellRange): CellRange => ({
    ...m,
    left: m.left >= at ? m.left + 1 : m.left,
    right: m.right >= at ? m.right + 1 : m.right,
  });
  return {
    ...s,
    values,
    formulas: values.map((r) => r.map(() => null)),
    merges: s.merges.map(shift),
  };
}

/** Removes a column (merges over it shrink; single-column merges on it vanish). */
export function deleteColumn(s: SheetSnapshot, at: number): SheetSnapshot {
  const values = s.values.map((row) => row.filter((_, c) => c !== at));
  const merges = s.merges
    .filter((m) => !(m.left === at && m.right === at))
    .map((m) => ({
      ...m,
      left: m.left > at ? m.left - 1 : m.left,
      right: m.right >= at ? m.right - 1 : m.right,
    }))
    .filter((m) => m.left !== m.right || m.top !== m.bottom);
  return { ...s, values, formulas: values.map((r) => r.map(() => null)), merges };
}

/** The cell's value in a snapshot. */
export function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row]?.[col] ?? null;
}
