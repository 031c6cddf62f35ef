import ExcelJS from "exceljs";
import type {
  CellRange,
  CellStyle,
  CellValue,
  PlannedCell,
  SheetPlan,
  SheetSnapshot,
  WorkbookPort,
  WorkbookRead,
  WriteOptions,
} from "../core/workbook";
import { rangeA1 } from "../core/workbook";
import { checkCellText } from "./limits";
import { mergeStyles, toExcelJsStyle } from "./styles";

/** WorkbookPort over an in-memory ExcelJS workbook (the CLI and batch review). */
export class ExcelJsPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async read(names: readonly string[]): Promise<WorkbookRead> {
    const sheets = names.flatMap((name) => {
      const ws = this.workbook.getWorksheet(name);
      return ws ? [snapshotOf(ws)] : [];
    });
    return { sheetNames: this.workbook.worksheets.map((ws) => ws.name), sheets };
  }

  async write(plans: readonly SheetPlan[], options: WriteOptions = {}): Promise<void> {
    for (const name of options.remove ?? []) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    for (const plan of plans) writeSheet(this.workbook, plan);
    if (options.activate) {
      const index = this.workbook.worksheets.findIndex((ws) => ws.name === options.activate);
      if (index >= 0) this.workbook.views = [{ ...defaultView(), activeTab: index, firstSheet: 0 }];
    }
  }
}

function defaultView(): ExcelJS.WorkbookView {
  return {
    x: 0,
    y: 0,
    width: 24000,
    height: 14000,
    firstSheet: 0,
    activeTab: 0,
    visibility: "visible",
  };
}

/** Parts of ExcelJS's worksheet that its type definitions leave out. */
interface WorksheetInternals {
  orderNo?: number;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}
const internals = (ws: ExcelJS.Worksheet) => ws as unknown as WorksheetInternals;

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const existing = workbook.getWorksheet(plan.name);
  const orderNo = existing ? internals(existing).orderNo : undefined;
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: `FF${plan.tabColor}` } } : {},
    views: plan.freeze
      ? [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }]
      : [],
  });
  // Keep a replaced sheet where it was in the tab order.
  if (orderNo !== undefined) internals(ws).orderNo = orderNo;
  if (plan.visibility) ws.state = plan.visibility;

  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  plan.columnStyles?.forEach((style, i) => {
    if (style) ws.getColumn(i + 1).style = toExcelJsStyle(style) as ExcelJS.Style;
  });

  const layered = new Map<string, CellStyle[]>();
  const layer = (r: number, c: number, style: CellStyle) => {
    const key = `${r},${c}`;
    const list = layered.get(key);
    if (list) list.push(style);
    else layered.set(key, [style]);
  };
  for (const { range, style } of plan.styles) {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) layer(r, c, style);
  }

  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      checkCellText(plan.name, r, c, cell.value);
      ws.getCell(r + 1, c + 1).value = toExcelJsValue(cell);
    })
  );
  for (const [key, styles] of layered) {
    const [r, c] = key.split(",").map(Number);
    const cell = ws.getCell(r + 1, c + 1);
    const base = plan.columnStyles?.[c] ?? null;
    cell.style = toExcelJsStyle(mergeStyles([base, ...styles])) as ExcelJS.Style;
  }
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;

  for (const v of plan.validations ?? []) {
    internals(ws).dataValidations.add(rangeA1(v.range), {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "不在列表中",
      error: `请从列表中选择：${v.values.join("、")}`.slice(0, 250),
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }

  if (plan.print) {
    const p = plan.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth || p.fitToHeight,
      fitToWidth: p.fitToWidth ? 1 : 0,
      fitToHeight: p.fitToHeight ? 1 : 0,
      horizontalCentered: Boolean(p.horizontalCentered),
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(p.area ? { printArea: rangeA1(p.area) } : {}),
      ...(p.titleRows
        ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` }
        : {}),
    };
    if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footer };
  }
}

function toExcelJsValue(cell: PlannedCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const result = cell.result ?? undefined;
    return {
      formula: cell.formula,
      ...(result !== undefined && result !== null ? { result } : {}),
    } as ExcelJS.CellFormulaValue;
  }
  return cell.value ?? null;
}

/** The used range of a worksheet from A1, values normalised to plain cell values. */
export function snapshotOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // ExcelJS reports a merged area's value in every cell of it; Excel and Office.js only in the first.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const { value, formula } = plainValue(cell);
      if (value === null && formula === null) return;
      while (values.length < r) {
        values.push([]);
        formulas.push([]);
      }
      const vr = values[r - 1];
      const fr = formulas[r - 1];
      while (vr.length < c) vr.push(null);
      while (fr.length < c) fr.push(null);
      vr[c - 1] = value;
      fr[c - 1] = formula;
    });
  });
  return { name: ws.name, values, formulas, merges: mergesOf(ws) };
}

function plainValue(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number") return { value: finite(v), formula: null };
  if (typeof v === "string" || typeof v === "boolean") return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return { value: resultValue(result), formula: cell.formula ?? null };
  }
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join(""), formula: null };
  if ("text" in v && typeof v.text === "string") return { value: v.text, formula: null };
  if ("error" in v) return { value: String(v.error), formula: null };
  return { value: String(v), formula: null };
}

/** A stored "NaN" or "INF" (written by a script) reads as Excel's #NUM! error, which readers name. */
const finite = (n: number): CellValue => (Number.isFinite(n) ? n : "#NUM!");

function resultValue(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "number") return finite(result);
  if (typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === "object" && "error" in (result as object))
    return String((result as { error: string }).error);
  return String(result);
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (
    ws as unknown as {
      _merges: Record<
        string,
        { model: { top: number; left: number; bottom: number; right: number } }
      >;
    }
  )._merges;
  return Object.values(merges ?? {}).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));
}
