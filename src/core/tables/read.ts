import { ZERO } from "../money";
import type { Catalogs } from "../subjects";
import { layoutTable, TableLayout } from "../templates/layout";
import type { Profile, TableTemplate } from "../templates/types";
import type { SheetSnapshot, WorkbookRead } from "../workbook";
import { cellLabel } from "../workbook/a1";
import { META_SHEET, WorkbookMeta, readMetaSheet } from "../workbook/meta";
import { Grid } from "./grid";
import { HeaderMatch, matchHeader, templatePaths } from "./header";
import { locateTables } from "./locate";
import { badNumber, missingColumn, missingTable } from "./messages";
import { displayText } from "./normalize";
import { readCellAmount } from "./numbers";
import { bodyRange, matchRows, regionCodesIn, rowKey, RowAt } from "./rows";
import type { ReadCell, ReadFinding, ReadTable, ReadTables } from "./types";

/**
 * Reads the ten 公开表 back from any workbook — filled by this tool, typed by hand, exported from
 * the reporting system — as cells keyed by the template ids, for the 勾稽关系 checker.
 *
 * `read` should hold every sheet (tables may sit under other names and are then found by title)
 * and the _juesuan sheet if there is one. Never throws on odd content: what cannot be read becomes
 * a finding and a 0 without `at`.
 */
export function readTables(read: WorkbookRead, profile: Profile, catalogs: Catalogs): ReadTables {
  const findings: ReadFinding[] = [];
  const cells = new Map<string, ReadCell>();
  const tables = new Map<string, ReadTable>();

  const snapshots: SheetSnapshot[] = Array.isArray(read?.sheets)
    ? read.sheets.filter((s) => s && typeof s === "object")
    : [];
  const meta = metaOf(snapshots.find((s) => s.name === META_SHEET));
  const fullPrecision = Boolean(
    meta?.fullPrecision && (meta.mode === "formulas" || meta.mode === "values")
  );

  const grids = snapshots.filter((s) => s.name !== META_SHEET).map((s) => new Grid(s));
  const probes = new Map(profile.tables.map((t) => [t.id, layoutFor(t, catalogs, [])]));
  const located = locateTables(
    profile.tables,
    grids,
    (table, grid) => matchHeader(grid, probes.get(table.id) as TableLayout) !== undefined
  );
  for (const table of profile.tables) {
    const grid = located.get(table.id)?.grid;
    const result = grid
      ? readTable(table, grid, probes.get(table.id) as TableLayout, catalogs, findings)
      : absentTable(table, probes.get(table.id) as TableLayout, findings);
    tables.set(table.id, result.table);
    for (const [id, cell] of result.cells) cells.set(id, cell);
  }
  return { tables, cells, findings, fullPrecision };
}

/** "公开01表!C8" for a cell that was found; undefined for one that is missing. */
export function cellAddress(cell: ReadCell): string | undefined {
  return cell.at ? cellLabel(cell.at.sheet, cell.at.row, cell.at.col) : undefined;
}

function metaOf(sheet: SheetSnapshot | undefined): WorkbookMeta | undefined {
  try {
    return readMetaSheet(sheet);
  } catch {
    return undefined;
  }
}

interface TableResult {
  table: ReadTable;
  cells: Map<string, ReadCell>;
}

/** A layout for the subject lines found; a region table with no lines gets just its 合计 line. */
function layoutFor(
  table: TableTemplate,
  catalogs: Catalogs,
  codes: readonly string[]
): TableLayout {
  try {
    return layoutTable(table, { catalogs, regionCodes: { [table.id]: codes } });
  } catch (error) {
    if (codes.length === 0) throw error;
    return layoutTable(table, { catalogs, regionCodes: { [table.id]: [] } });
  }
}

function zeroCells(layout: TableLayout): Map<string, ReadCell> {
  return new Map(layout.amounts.map((a) => [a.id, { value: ZERO }]));
}

function absentTable(
  table: TableTemplate,
  layout: TableLayout,
  findings: ReadFinding[]
): TableResult {
  findings.push(missingTable(table));
  return {
    table: { tableId: table.id, layout, columnAt: [], rowAt: [] },
    cells: zeroCells(layout),
  };
}

function readTable(
  table: TableTemplate,
  grid: Grid,
  probe: TableLayout,
  catalogs: Catalogs,
  findings: ReadFinding[]
): TableResult {
  const header = matchHeader(grid, probe);
  reportMissingColumns(table, grid, probe, header, findings);
  if (!header) {
    return {
      table: { tableId: table.id, sheet: grid.name, layout: probe, columnAt: [], rowAt: [] },
      cells: zeroCells(probe),
    };
  }

  const body = bodyRange(grid, header.bottom + 1);
  const layout = layoutFor(table, catalogs, regionCodesIn(grid, probe, header.columnAt, body));
  const rowAt = matchRows({ grid, layout, columnAt: header.columnAt, body, findings });
  return {
    table: {
      tableId: table.id,
      sheet: grid.name,
      layout,
      header: { top: header.top, bottom: header.bottom },
      body,
      columnAt: header.columnAt,
      rowAt: layout.rows.map((r) => rowAt.get(rowKey(r.block, r.row))),
    },
    cells: readCells(layout, grid, header, rowAt, findings),
  };
}

function reportMissingColumns(
  table: TableTemplate,
  grid: Grid,
  layout: TableLayout,
  header: HeaderMatch | undefined,
  findings: ReadFinding[]
): void {
  const captions = templatePaths(layout);
  const labels = layout.columns.map((column) =>
    layout.headerCells
      .filter((h) => h.col <= column.index && column.index < h.col + h.colSpan)
      .sort((a, b) => a.row - b.row)
      .map((h) => h.label)
  );
  for (const column of layout.columns) {
    if (column.spec.kind !== "amount" || header?.columnAt[column.index] !== undefined) continue;
    const caption = (labels[column.index] ?? captions[column.index] ?? []).join("／");
    findings.push(missingColumn(table, grid.name, caption || column.label));
  }
}

function readCells(
  layout: TableLayout,
  grid: Grid,
  header: HeaderMatch,
  rowAt: RowAt,
  findings: ReadFinding[]
): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  for (const amount of layout.amounts) {
    const row = rowAt.get(rowKey(amount.block, amount.row));
    const col = header.columnAt[amount.col];
    if (row === undefined || col === undefined) {
      cells.set(amount.id, { value: ZERO });
      continue;
    }
    const raw = grid.value(row, col);
    const parsed = readCellAmount(raw, amount.unit);
    if (!parsed.ok) findings.push(badNumber(grid.name, row, col, displayText(raw)));
    cells.set(amount.id, {
      value: parsed.ok ? parsed.value : ZERO,
      at: { sheet: grid.name, row, col },
    });
  }
  return cells;
}
