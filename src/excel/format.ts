import type { CellRange, CellStyle, ListValidation, PrintSetup, SheetPlan } from "../core/workbook";
import { columnName, rangeA1 } from "../core/workbook";

/**
 * Everything of a sheet plan except its cells, queued on Office.js proxies. Nothing here reads a
 * property, so it all goes into the same batch as the cell writes.
 */

/**
 * What the host supports beyond ExcelApi 1.7 (getRangeByIndexes, freeze panes, tab colour; every
 * host that runs the add-in's shared runtime has 1.7). Features it lacks are skipped rather than
 * failing the whole batch.
 */
export interface HostFeatures {
  /** ExcelApi 1.8: data validation. */
  validation: boolean;
  /** ExcelApi 1.9: page layout (print setup) and indent levels. */
  pageLayout: boolean;
}

/** Rows that a column default's number format and borders cover (see `applyColumnStyle`). */
export const COLUMN_FORMAT_ROWS = 20000;

/**
 * Excel column width (in widths of the digit "0" of the default font, as typed into Excel's Column
 * Width box) to points, which is what Office.js takes. Excel renders a width of w digits as
 * w × 7 + 5 pixels with the default 11-pt Calibri/等线 (7-px digits, 5 px of padding), and a pixel
 * is 0.75 pt at 96 dpi. The CLI's file carries the raw width, which Excel draws without the padding,
 * so a column here is 5 px (3.75 pt) wider than in the file; text that fits there fits here.
 */
export function columnWidthPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

const color = (rgb: string) => `#${rgb.toUpperCase()}`;

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Format properties Office.js accepts on any range, including whole columns. */
function applyFormat(range: Excel.Range, style: CellStyle, features: HostFeatures): void {
  const font = style.font;
  if (font) {
    if (font.name !== undefined) range.format.font.name = font.name;
    if (font.size !== undefined) range.format.font.size = font.size;
    if (font.bold !== undefined) range.format.font.bold = font.bold;
    if (font.italic !== undefined) range.format.font.italic = font.italic;
    if (font.color !== undefined) range.format.font.color = color(font.color);
  }
  if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) range.format.wrapText = true;
  if (style.indent && features.pageLayout) range.format.indentLevel = style.indent;
  if (style.fill) range.format.fill.color = color(style.fill);
  if (style.unlocked) range.format.protection.locked = false;
}

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/**
 * Thin borders on every edge of every cell of a rows × columns range. (Enum values are written as
 * literals throughout: the `Excel` namespace object exists only inside Office, and this runs in tests.)
 */
function applyBorders(range: Excel.Range, rows: number, columns: number): void {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

/** One style layer over a range; properties it leaves unset keep what earlier layers gave. */
export function applyStyle(
  ws: Excel.Worksheet,
  target: CellRange,
  style: CellStyle,
  features: HostFeatures
): void {
  const range = rangeOf(ws, target);
  applyFormat(range, style, features);
  // One format for the whole range ("single input copy": Excel fills the range like Ctrl+Enter).
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
  if (style.border === "thin")
    applyBorders(range, target.bottom - target.top + 1, target.right - target.left + 1);
  range.untrack();
}

/**
 * A column default. Format properties go on the whole column, like a column style in the file, so
 * cells typed later anywhere below get them. Office.js refuses cell-level properties (number format)
 * on a whole column, so the number format, and borders (which would otherwise be drawn a million
 * rows down), cover the first `rows` rows instead.
 */
export function applyColumnStyle(
  ws: Excel.Worksheet,
  column: number,
  style: CellStyle,
  rows: number,
  features: HostFeatures
): void {
  const letter = columnName(column);
  const whole = ws.getRange(`${letter}:${letter}`);
  applyFormat(whole, style, features);
  whole.untrack();
  if (style.numberFormat || style.border === "thin") {
    const band = ws.getRangeByIndexes(0, column, rows, 1);
    if (style.numberFormat) band.numberFormat = [[style.numberFormat]];
    if (style.border === "thin") applyBorders(band, rows, 1);
    band.untrack();
  }
}

/** A drop-down list, with the same prompt and warning as in the CLI's file. */
export function applyValidation(ws: Excel.Worksheet, v: ListValidation): void {
  const range = rangeOf(ws, v.range);
  const dv = range.dataValidation;
  dv.ignoreBlanks = true;
  dv.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
  dv.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: "不在列表中",
    message: `请从列表中选择：${v.values.join("、")}`.slice(0, 250),
  };
  if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt.slice(0, 250) };
  range.untrack();
}

/** Page setup as the CLI writes it: A4, fit to page width (and height), margins in points. */
export function applyPrint(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom =
    p.fitToWidth || p.fitToHeight
      ? { horizontalFitToPages: p.fitToWidth ? 1 : 0, verticalFitToPages: p.fitToHeight ? 1 : 0 }
      : { scale: 100 };
  layout.centerHorizontally = Boolean(p.horizontalCentered);
  // The CLI's margins in inches (0.4, 0.6, 0.3), × 72.
  layout.leftMargin = 28.8;
  layout.rightMargin = 28.8;
  layout.topMargin = 43.2;
  layout.bottomMargin = 43.2;
  layout.headerMargin = 21.6;
  layout.footerMargin = 21.6;
  if (p.area) layout.setPrintArea(rangeA1(p.area));
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
}

export function applyFreeze(ws: Excel.Worksheet, freeze: { rows: number; columns: number }): void {
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/** Consecutive indexes with the same positive size, so that each run is set in one action. */
export function runs(
  entries: readonly (readonly [number, number])[]
): { first: number; last: number; value: number }[] {
  const out: { first: number; last: number; value: number }[] = [];
  const sorted = entries.filter(([, v]) => v > 0).sort((a, b) => a[0] - b[0]);
  for (const [index, value] of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.last === index - 1 && prev.value === value) prev.last = index;
    else out.push({ first: index, last: index, value });
  }
  return out;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export interface FormatOptions {
  features: HostFeatures;
  /** The sheet existed and was cleared: properties the plan leaves unset are reset to defaults. */
  reused: boolean;
}

/** Everything but the cells, in the order the ExcelJS adapter applies it. */
export function formatSheet(ws: Excel.Worksheet, plan: SheetPlan, options: FormatOptions): void {
  const { features } = options;
  for (const run of runs(plan.columnWidths.map((width, c) => [c, width] as const))) {
    const columns = ws.getRange(`${columnName(run.first)}:${columnName(run.last)}`);
    columns.format.columnWidth = columnWidthPoints(run.value);
    columns.untrack();
  }

  const columnRows = Math.max(
    COLUMN_FORMAT_ROWS,
    plan.cells.length,
    ...(plan.validations ?? []).map((v) => v.range.bottom + 1)
  );
  plan.columnStyles?.forEach((style, c) => {
    if (style) applyColumnStyle(ws, c, style, columnRows, features);
  });
  for (const { range, style } of plan.styles) applyStyle(ws, range, style, features);

  for (const m of plan.merges) {
    const range = rangeOf(ws, m);
    range.merge(false);
    range.untrack();
  }
  const heights = Object.entries(plan.rowHeights ?? {}).map(
    ([row, h]) => [Number(row), h] as const
  );
  for (const run of runs(heights)) {
    const rows = ws.getRange(`${run.first + 1}:${run.last + 1}`);
    rows.format.rowHeight = run.value;
    rows.untrack();
  }
  if (plan.freeze) applyFreeze(ws, plan.freeze);
  if (features.validation) for (const v of plan.validations ?? []) applyValidation(ws, v);
  if (plan.print && features.pageLayout) applyPrint(ws, plan.print);
  if (plan.tabColor || options.reused) ws.tabColor = plan.tabColor ? color(plan.tabColor) : "";
  const visibility = plan.visibility ?? "visible";
  if (visibility !== "visible" || options.reused) ws.visibility = VISIBILITY[visibility];
}

/**
 * Empties an existing sheet so that it can take a plan as if new, while staying the same sheet: it
 * keeps its place among the tabs, and formulas elsewhere that point into it keep working (deleting
 * and re-adding it would turn them into #REF!). Page setup is not reset: a plan with `print` sets
 * all of it; one without leaves what the sheet had.
 */
export function resetSheet(ws: Excel.Worksheet, features: HostFeatures): void {
  const all = ws.getRange();
  all.unmerge();
  all.clear("All");
  if (features.validation) all.dataValidation.clear();
  all.conditionalFormats.clearAll();
  all.rowHidden = false;
  all.columnHidden = false;
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
  all.untrack();
}
