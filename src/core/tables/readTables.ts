import { Decimal, ZERO } from "../money";
import type { Catalogs } from "../subjects";
import { sharedLayout, TableLayout } from "../templates/layout";
import type { Profile, TableTemplate } from "../templates/types";
import type { SheetSnapshot, WorkbookRead } from "../workbook";
import { cellLabel } from "../workbook/a1";
import { META_SHEET, WorkbookMeta, readMetaSheet } from "../workbook/meta";
import { Grid } from "./grid";
import { headerPath } from "../rules/describe";
import { HeaderMatch, matchHeader, templatePaths } from "./header";
import { locateTables, Recognition } from "./locate";
import { badNumber, missingColumn, missingRow, missingTable, unitAssumed } from "./messages";
import { displayText } from "./normalize";
import { readCellAmount } from "./numbers";
import { bodyRange, matchRows, regionCodesIn, rowKey } from "./rows";
import { pooledPositions, Position, Shape, transposedGaps, transposedPositions } from "./shapes";
import type { ReadCell, ReadFinding, ReadTable, ReadTables, TableUnit } from "./types";
import { unitIn, UNIT_DIVISOR, UNIT_IN_WAN } from "./units";

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

  const sheets = snapshots.filter((s) => s.name !== META_SHEET);
  const probes = new Map(profile.tables.map((t) => [t.id, layoutFor(t, catalogs, [])]));
  const located = locateTables(
    profile.tables,
    sheets,
    (table, grid) => matchHeader(grid, probes.get(table.id) as TableLayout) !== undefined
  );
  for (const table of profile.tables) {
    const place = located.get(table.id);
    const probe = probes.get(table.id) as TableLayout;
    const result = place
      ? readTable(table, place.grid, place.how, probe, catalogs, findings, Boolean(meta))
      : absentTable(table, probe, findings);
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
    return sharedLayout(table, catalogs, codes);
  } catch (error) {
    if (codes.length === 0) throw error;
    return sharedLayout(table, catalogs, []);
  }
}

/** Cells nothing was read for: unknown, so the rules that need them are not checked. */
function unknownCells(layout: TableLayout): Map<string, ReadCell> {
  return new Map(layout.amounts.map((a) => [a.id, { value: ZERO }]));
}

function absentTable(
  table: TableTemplate,
  layout: TableLayout,
  findings: ReadFinding[]
): TableResult {
  findings.push(
    missingTable(
      table,
      layout.amounts.map((a) => a.id)
    )
  );
  return {
    table: { tableId: table.id, layout, columnAt: [], rowAt: [] },
    cells: unknownCells(layout),
  };
}

function readTable(
  table: TableTemplate,
  grid: Grid,
  how: Recognition,
  probe: TableLayout,
  catalogs: Catalogs,
  findings: ReadFinding[],
  ownWorkbook: boolean
): TableResult {
  const header = matchHeader(grid, probe);
  if (!header) {
    reportMissingColumns(table, grid, probe, undefined, findings);
    return {
      table: { tableId: table.id, sheet: grid.name, layout: probe, columnAt: [], rowAt: [], how },
      cells: unknownCells(probe),
    };
  }

  const body = bodyRange(grid, header.bottom + 1);
  const layout = layoutFor(
    table,
    catalogs,
    regionCodesIn(grid, probe, header, body, catalogs.functional)
  );
  const own: ReadFinding[] = [];
  const rowAt = matchRows({
    grid,
    layout,
    columnAt: header.columnAt,
    codeParts: header.codeParts,
    functional: catalogs.functional,
    body,
    findings: own,
  });
  const standard = new Map<string, Position>();
  for (const amount of layout.amounts) {
    const row = rowAt.get(rowKey(amount.block, amount.row));
    const col = header.columnAt[amount.col];
    if (row !== undefined && col !== undefined) standard.set(amount.id, { row, col });
  }
  // Other shapes of the same table: items as rows (三公), blocks of other widths (基本支出).
  const shape = { grid, layout, header, body };
  const shapes = [
    { positions: standard, transposed: false },
    { positions: transposedPositions(shape), transposed: true },
    { positions: pooledPositions(shape), transposed: false },
  ];
  const best = shapes.reduce((x, y) => (y.positions.size > x.positions.size ? y : x));
  if (best === shapes[0]) {
    reportMissingColumns(table, grid, layout, header, findings);
    findings.push(...own);
  } else reportMissingLines(table, shape, best.positions, findings);

  const unit = unitIn(grid, header.top);
  if (!unit && !ownWorkbook) findings.push(unitAssumed(table, grid.name));
  const read: ReadTable = {
    tableId: table.id,
    sheet: grid.name,
    layout,
    how,
    header: { top: grid.sheetRow(header.top), bottom: grid.sheetRow(header.bottom) },
    body: { top: grid.sheetRow(body.top), end: grid.sheetRow(body.end) },
    columnAt: header.columnAt,
    rowAt: layout.rows.map((r) => {
      const at = rowAt.get(rowKey(r.block, r.row));
      return at === undefined ? undefined : grid.sheetRow(at);
    }),
    unit: { unit: unit ?? "万元", printed: Boolean(unit) },
    listsSubjects: listsSubjects(layout, header),
    ...(header.codeParts ? { codeParts: header.codeParts } : {}),
    ...(best.transposed ? { transposed: true } : {}),
  };
  return {
    table: read,
    cells: readCells(
      layout,
      grid,
      best.positions,
      unit ?? "万元",
      listsSubjects(layout, header),
      findings
    ),
  };
}

/** A code or name column of a block with subject lines was found (or the 类 / 款 / 项 columns). */
function listsSubjects(layout: TableLayout, header: HeaderMatch): boolean {
  if (header.codeParts) return true;
  return layout.columns.some(
    (c) =>
      (c.spec.kind === "code" || c.spec.kind === "name" || c.spec.kind === "label") &&
      header.columnAt[c.index] !== undefined
  );
}

/**
 * What was not found when the table was read in another shape: lines none of whose figures were
 * found, or — for a table of one unnamed line (三公 表) — the item rows (合计) or, where not even
 * its column was found, the column groups (决算数) missing.
 */
function reportMissingLines(
  table: TableTemplate,
  shape: Shape,
  positions: ReadonlyMap<string, Position>,
  findings: ReadFinding[]
): void {
  const { grid, layout } = shape;
  for (const line of layout.rows) {
    if (line.kind !== "item" && line.kind !== "total") continue;
    const amounts = layout.amounts.filter(
      (a) => a.block === line.block && a.row === line.row && !positions.has(a.id)
    );
    if (amounts.length === 0) continue;
    if (line.label) {
      findings.push(
        missingRow(
          table,
          grid.name,
          line.label,
          amounts.map((a) => a.id)
        )
      );
      continue;
    }
    const gaps = new Map<string, { kind: "row" | "column"; ids: string[] }>();
    const cols = new Map(layout.amounts.map((a) => [a.id, a.col]));
    const missing = new Set(amounts.map((a) => a.id));
    for (const gap of transposedGaps(shape, positions)) {
      if (!missing.has(gap.id)) continue;
      const caption = headerPath(layout, cols.get(gap.id) as number)[gap.caption] ?? "";
      const key = `${gap.kind}|${caption}`;
      const entry = gaps.get(key) ?? { kind: gap.kind, ids: [] };
      entry.ids.push(gap.id);
      gaps.set(key, entry);
    }
    for (const [key, { kind, ids }] of gaps) {
      const caption = key.slice(key.indexOf("|") + 1);
      findings.push(
        kind === "row"
          ? missingRow(table, grid.name, caption, ids)
          : missingColumn(table, grid.name, caption, ids)
      );
    }
  }
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
    const ids = layout.amounts.filter((a) => a.col === column.index).map((a) => a.id);
    findings.push(missingColumn(table, grid.name, caption || column.label, ids));
  }
}

/** Decimals printed: the most any figure of the table shows (a figure such as 12.5 may hide a 0). */
function printedPlaces(values: readonly Decimal[], unit: TableUnit): number {
  const places = Math.max(0, ...values.map((v) => v.decimalPlaces()));
  if (places > 0) return Math.min(places, 6);
  // Whole numbers only: 元 tables print them; a 万元 table with several is printed without decimals.
  return unit === "元" || values.filter((v) => !v.isZero()).length >= 3 ? 0 : 2;
}

function readCells(
  layout: TableLayout,
  grid: Grid,
  positions: ReadonlyMap<string, Position>,
  unit: TableUnit,
  labelled: boolean,
  findings: ReadFinding[]
): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  const factor = UNIT_IN_WAN[unit];
  const parsed = new Map<string, ReturnType<typeof readCellAmount>>();
  for (const amount of layout.amounts) {
    const at = positions.get(amount.id);
    if (at) parsed.set(amount.id, readCellAmount(grid.value(at.row, at.col), amount.unit));
  }
  const money = layout.amounts.flatMap((a) => {
    const p = parsed.get(a.id);
    return a.unit === "money" && p?.ok && !p.blank ? [p.value] : [];
  });
  const half = new Decimal(5).times(new Decimal(10).pow(-printedPlaces(money, unit) - 1));
  const moneyTolerance = half.times(factor);
  const laid = new Map(layout.rows.map((r) => [`${r.block}|${r.row}`, r]));
  const foundCodes = layout.amounts.flatMap((a) => (a.code && positions.has(a.id) ? [a.code] : []));
  for (const amount of layout.amounts) {
    const at = positions.get(amount.id);
    const result = parsed.get(amount.id);
    if (!at || !result) {
      // A subject the table does not list holds nothing: published tables leave empty lines out.
      // Not so a 类 or 款 left out above lines of its own that the table does list.
      const line = laid.get(`${amount.block}|${amount.row}`);
      const code = line?.code;
      const omitted =
        labelled &&
        line?.kind === "subject" &&
        !foundCodes.some((c) => code !== undefined && c !== code && c.startsWith(code));
      cells.set(amount.id, omitted ? { value: ZERO, omitted: true } : { value: ZERO });
      continue;
    }
    const where = { sheet: grid.name, row: grid.sheetRow(at.row), col: at.col };
    if (!result.ok) {
      const raw = grid.value(at.row, at.col);
      findings.push(badNumber(grid.name, where.row, at.col, displayText(raw), amount.id));
      cells.set(amount.id, { value: ZERO, at: where, unreadable: true });
      continue;
    }
    const isMoney = amount.unit === "money";
    cells.set(amount.id, {
      value: isMoney ? result.value.times(factor) : result.value,
      at: where,
      tolerance: isMoney ? moneyTolerance : ZERO,
      ...(isMoney && unit !== "万元" ? { divisor: UNIT_DIVISOR[unit] } : {}),
    });
  }
  return cells;
}
