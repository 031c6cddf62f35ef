import type {
  CellRange,
  SheetPlan,
  WorkbookPort,
  WorkbookRead,
  WriteOptions,
} from "../core/workbook";
import { ACTION_BYTES, CHUNK_BYTES, estimateRequest, RequestBudget } from "./batch";
import { cellGrid, jsonBytes } from "./cells";
import { addChart } from "./charts";
import { formatSheet, HostFeatures, resetSheet } from "./format";
import { formulaText, snapshotFrom } from "./snapshot";

/**
 * WorkbookPort over Office.js: the workbook open in Excel. Same semantics as the ExcelJS adapter
 * (src/xlsx/port.ts), so core behaves identically in the task pane and in the CLI.
 *
 * Round trips (`context.sync()`, counted in `syncCount`):
 * - `read`: one for ordinary sheets. All sheet names, and for each requested sheet its used range's
 *   position and size, its values and formulas (invariant English syntax) within the first
 *   HEAD_ROWS rows, and its merged areas, in one batch. Rows beyond (a 收支明细 of more than some
 *   16,000 lines) follow in row bands: what is left is split evenly over as few syncs as READ_BYTES
 *   of response each allow, sized by what a row of the same sheet took so far, bands of several
 *   sheets sharing a sync; with ExcelApi 1.9 a band brings formulas of formula cells only. A
 *   10^4-line ledger is read in 1 sync, a 10^5-line one in 3 (npm run bench). If Excel refuses the
 *   first sync as too big (over the 5 MB response limit, or more than 512 merged areas), it is asked
 *   again with a quarter of the rows and the merged areas get a sync of their own at the end; a band
 *   sync that is refused is redone with half the budget.
 * - `write`: one for all plans, unless the estimated request would exceed `chunkBytes` (default
 *   4 MB, against Excel on the web's 5 MB limit): then the cells go in row bands, one sync per
 *   request, and formatting follows the last band. Should Excel still refuse a request as too big,
 *   the write is redone with a quarter of the budget.
 *
 * Replacing a sheet. Office.js cannot branch on whether a sheet exists without a round trip
 * (`getItemOrNullObject` only says after sync; calls on a null object are silently ignored, which
 * makes `getItemOrNullObject(name).delete()` safe but not "delete or create"). A replaced sheet is
 * emptied and rewritten in place rather than deleted and re-added: it keeps its position among the
 * tabs and, unlike deletion, formulas in other sheets that point into it keep working (e.g. a check
 * sheet that refers to the tables when the tables are filled again). To know which sheets exist, the
 * port remembers the sheet names seen by its last `read` or `write` (core always reads before it
 * writes). That knowledge is checked, not trusted: a planned sheet believed to exist is fetched with
 * `getItem` and a new one created with `add`, both of which fail loudly (ItemNotFound,
 * ItemAlreadyExists) if the workbook changed in between; the write is then redone after reloading
 * the names. Every step of a write sets a sheet completely, so redoing it is safe. A write with
 * nothing remembered loads the names first: two syncs.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type SetSupported = (name: string, version: string) => boolean;

export interface OfficePortOptions {
  /** Requirement-set check; by default `Office.context.requirements.isSetSupported`. */
  isSetSupported?: SetSupported;
  /** Estimated request size in bytes above which a write is split into several syncs. */
  chunkBytes?: number;
  /** Rows of each sheet read in the first sync, before its size is known (see `read`). */
  headRows?: number;
  /** Response bytes aimed at per sync for the rows the first sync left (see `read`). */
  readBytes?: number;
}

/**
 * Sizing the read. Excel on the web refuses a request or a response over 5 MB, and any platform a
 * range of more than five million cells ("Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * and "Payload size limit best practices" in
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance). A read's request is small; its
 * response, the values and formulas, is what grows.
 *
 * HEAD_ROWS: the first sync reads every sheet's first 16,384 rows blind, its size not yet known. A
 * row of the synthetic ledger (npm run bench) takes about 180 bytes of response as values and
 * formulas (which repeat every constant), so that is some 3 MB, and a 10^4-line ledger comes whole in
 * 1.8 MB; a sheet far wider or wordier makes Excel refuse, and the first sync is asked again with a
 * quarter of the rows.
 */
export const HEAD_ROWS = 16_384;

/**
 * READ_BYTES: what each later sync aims at, by the bytes a row of the same sheet took so far: 4 MB,
 * a quarter under the 5 MB (5,242,880 bytes) limit for rows longer than those measured (a band that
 * is still too big is halved). Later bands bring values and only formula cells' formulas, some
 * 90 bytes a ledger row: a 10^5-line 收支明细 takes 3 syncs in all (npm run bench).
 */
export const READ_BYTES = 4_000_000;

/** Columns of a worksheet: the first sync reads the used range's part of whole rows. */
const COLUMNS = 16_384;

/** What a formula cell's area costs in a response besides its formula: position and brackets. */
const AREA_BYTES = 40;

/** A row's response bytes per cell until a band of the sheet has been read: errs high. */
const GUESSED_CELL_BYTES = 64;

/** Error codes of requests that were too big for Excel: worth retrying in smaller parts. */
const SIZE_ERRORS = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
  "GeneralException",
  "InvalidOperation",
]);
/** Error codes that mean the remembered sheet names were out of date. */
const STALE_ERRORS = new Set(["ItemNotFound", "ItemAlreadyExists"]);

const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};

/**
 * Raised when Excel returned no values for a range (it does so for very large ranges), or fewer rows
 * than asked for: read as "too big", so the read asks for less.
 */
class ValuesWithheld extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
}

function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Boolean(Office.context?.requirements?.isSetSupported(name, version))
  );
}

/** Sheet names are case-insensitive in Excel. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The later of two plans for one sheet wins, at the place of the first, as with the ExcelJS adapter. */
function lastWins(plans: readonly SheetPlan[]): SheetPlan[] {
  const out: SheetPlan[] = [];
  for (const plan of plans) {
    const i = out.findIndex((p) => sameName(p.name, plan.name));
    if (i >= 0) out[i] = plan;
    else out.push(plan);
  }
  return out;
}

interface Features extends HostFeatures {
  /** ExcelApi 1.6 */
  suspendCalculation: boolean;
  /** ExcelApi 1.9 */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject */
  mergedAreas: boolean;
  /** ExcelApi 1.9: Range.getSpecialCellsOrNullObject, RangeAreas.areas */
  specialCells: boolean;
}

/** A sheet being read: where its used range is, the rows read so far, what a row costs. */
interface SheetRead {
  ws: Excel.Worksheet;
  name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  values: unknown[][];
  formulas: unknown[][];
  /** Response bytes of one row's values and formulas: measured on the last band, else a guess. */
  rowBytes: number;
  /** Undefined until read. */
  merges?: CellRange[];
}

/** A sheet as the first sync found it (see `readHeads`). */
function headRead(
  probe: { ws: Excel.Worksheet; used: Excel.Range; head: Excel.Range | undefined },
  formulaCellsLater: boolean
): SheetRead {
  const { ws, used, head } = probe;
  const read: SheetRead = {
    ws,
    name: ws.name,
    top: 0,
    left: 0,
    rows: 0,
    columns: 0,
    values: [],
    formulas: [],
    rowBytes: 1,
  };
  if (used.isNullObject) return read;
  read.top = used.rowIndex;
  read.left = used.columnIndex;
  read.rows = used.rowCount;
  read.columns = used.columnCount;
  read.rowBytes = used.columnCount * GUESSED_CELL_BYTES;
  if (head && !head.isNullObject) {
    const bytes = responseBytes(head.values, head.formulas, formulaCellsLater);
    take(read, head.values, head.formulas, bytes);
  }
  return read;
}

/** Rows of one sheet read in a later sync; `formulaCells` if only formula cells' formulas came. */
interface Band {
  sheet: SheetRead;
  range: Excel.Range;
  formulaCells: Excel.RangeAreas | undefined;
  top: number;
  rows: number;
}

/**
 * A band read: its values, and its formulas from the range, or from `formulaCells` (the formula cells'
 * formulas placed on the band's grid, and what they cost).
 */
function takeBand(
  { sheet, range, rows }: Band,
  formulaCells: { formulas: unknown[][]; bytes: number } | undefined
): void {
  // Fewer rows than asked for would shift every later row: treat as withheld, ask for less.
  if (!Array.isArray(range.values) || range.values.length !== rows) throw new ValuesWithheld();
  if (!formulaCells)
    take(sheet, range.values, range.formulas, responseBytes(range.values, range.formulas, false));
  else
    take(sheet, range.values, formulaCells.formulas, jsonBytes(range.values) + formulaCells.bytes);
}

/**
 * Appends a band's rows to a sheet being read, and takes what its rows cost in response bytes.
 * `formulas` may hold fewer rows, or shorter ones: the missing cells have no formula.
 */
function take(sheet: SheetRead, values: unknown[][], formulas: unknown[][], bytes: number): void {
  if (!values.length) return;
  for (let i = 0; i < values.length; i++) {
    sheet.values.push(values[i]);
    sheet.formulas.push(formulas[i] ?? []);
  }
  sheet.rowBytes = Math.max(1, bytes / values.length);
}

/**
 * What values and formulas as read cost in response bytes, or, `formulaCellsOnly`, what they would
 * cost with the formulas of formula cells only (as later bands read them with ExcelApi 1.9).
 */
function responseBytes(values: unknown, formulas: unknown, formulaCellsOnly: boolean): number {
  if (!Array.isArray(values) || !Array.isArray(formulas)) throw new ValuesWithheld();
  if (!formulaCellsOnly) return jsonBytes(values) + jsonBytes(formulas);
  let bytes = jsonBytes(values);
  for (const row of formulas as unknown[][])
    for (const formula of row)
      if (formulaText(formula) !== null) bytes += jsonBytes(formula) + AREA_BYTES;
  return bytes;
}

interface Target {
  plan: SheetPlan;
  ws: Excel.Worksheet;
  reused: boolean;
}

export class OfficeWorkbookPort implements WorkbookPort {
  private syncs = 0;
  /** Calculation mode the last read found ("Manual": values were recalculated before reading). */
  private calculation: string | undefined;
  /** Sheet names as of the last read or write; see the class comment. */
  private knownNames: string[] | undefined;
  private readonly isSetSupported: SetSupported;
  private readonly chunkBytes: number;
  private readonly headRows: number;
  private readonly readBytes: number;

  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    options: OfficePortOptions = {}
  ) {
    this.isSetSupported = options.isSetSupported ?? officeSupports;
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    this.headRows = options.headRows ?? HEAD_ROWS;
    this.readBytes = options.readBytes ?? READ_BYTES;
  }

  /** Whether a read found the workbook in manual calculation mode (and so recalculated first). */
  get recalculatedManual(): boolean {
    return this.calculation === "Manual";
  }

  /** `context.sync()` calls made so far (failed ones included). */
  get syncCount(): number {
    return this.syncs;
  }

  async read(names: readonly string[]): Promise<WorkbookRead> {
    const result = await this.run((context) => this.readIn(context, names));
    this.knownNames = result.sheetNames;
    return result;
  }

  async write(plans: readonly SheetPlan[], options: WriteOptions = {}): Promise<void> {
    const work = lastWins(plans);
    if (!work.length && !options.remove?.length && !options.activate) return;
    let known = this.knownNames;
    this.knownNames = undefined;
    let budget = this.chunkBytes;
    for (let attempt = 1; ; attempt++) {
      try {
        this.knownNames = await this.run((context) =>
          this.writeIn(context, work, options, known, budget)
        );
        return;
      } catch (error) {
        // Redo the whole write (each step sets a sheet completely, so what the failed request had
        // already done is simply done again): with fresh sheet names if the remembered ones were
        // out of date, in smaller requests if Excel refused one as too big despite the estimate.
        const code = errorCode(error) ?? "";
        const stale = known !== undefined && STALE_ERRORS.has(code);
        const tooBig = code === "RequestPayloadSizeLimitExceeded";
        if (attempt >= 3 || !(stale || tooBig)) throw error;
        if (tooBig) budget = Math.floor(budget / 4);
        known = undefined;
      }
    }
  }

  private async sync(context: Excel.RequestContext): Promise<void> {
    this.syncs++;
    await context.sync();
  }

  private supports(version: string): boolean {
    try {
      return Boolean(this.isSetSupported("ExcelApi", version));
    } catch {
      return false;
    }
  }

  private features(): Features {
    return {
      suspendCalculation: this.supports("1.6"),
      validation: this.supports("1.8"),
      pageLayout: this.supports("1.9"),
      suspendScreenUpdating: this.supports("1.9"),
      mergedAreas: this.supports("1.13"),
      specialCells: this.supports("1.9"),
    };
  }

  // ---- read ----

  private async readIn(
    context: Excel.RequestContext,
    names: readonly string[]
  ): Promise<WorkbookRead> {
    const { sheetNames, sheets } = await this.readHeads(context, names);
    await this.readRest(context, sheets);
    await this.readMerges(context, sheets);
    return {
      sheetNames,
      sheets: sheets.map((s) =>
        snapshotFrom(s.name, s.top, s.left, s.values, s.formulas, s.merges ?? [])
      ),
    };
  }

  /**
   * The first sync: recalculation, all sheet names, and for each requested sheet its used range's
   * position and size, the values and formulas of its rows within the first `headRows` rows of the
   * sheet (all of them for any sheet but a long ledger), and its merged areas. If Excel refuses that
   * as too big (a huge first band, or more than 512 merged areas), it is asked again with a quarter
   * of the rows and without merged areas (read last, see `readMerges`), down to sizes only.
   */
  private async readHeads(
    context: Excel.RequestContext,
    names: readonly string[]
  ): Promise<{ sheetNames: string[]; sheets: SheetRead[] }> {
    const { mergedAreas, specialCells } = this.features();
    let headRows = this.headRows;
    let withMerges = true;
    for (;;) {
      const application = recalculate(context);
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const probes = names.map((name) => {
        const ws = worksheets.getItemOrNullObject(name);
        ws.load("name");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        const head =
          headRows > 0
            ? used.getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, headRows, COLUMNS))
            : undefined;
        head?.load("values,formulas");
        const merged = mergedAreas && withMerges ? loadMergedAreas(ws) : undefined;
        return { ws, used, head, merged };
      });
      try {
        await this.sync(context);
        this.calculation = application.calculationMode;
        const sheets = probes
          .filter((p) => !p.ws.isNullObject)
          .map((probe) => {
            const read = headRead(probe, specialCells);
            if (mergedAreas && probe.merged) read.merges = mergesOf(probe.merged);
            return read;
          });
        return { sheetNames: worksheets.items.map((ws) => ws.name), sheets };
      } catch (error) {
        const smaller = headRows > 0 || (mergedAreas && withMerges);
        if (!smaller || !SIZE_ERRORS.has(errorCode(error) ?? "")) throw error;
        headRows = Math.floor(headRows / 4);
        withMerges = false;
      }
    }
  }

  /**
   * The rows the first sync left, in as few syncs as the response budget allows: the rest of every
   * sheet is split evenly over that many syncs, bands of several sheets sharing one sync, sized by
   * what a row of the same sheet cost so far. With ExcelApi 1.9 a band brings its values and the
   * formulas of its formula cells only (`formulas` repeats every constant: twice the bytes for a
   * ledger of constants). A sync Excel still refuses is redone with half the budget; a band of one
   * row that is refused gives up.
   */
  private async readRest(context: Excel.RequestContext, sheets: SheetRead[]): Promise<void> {
    const { specialCells } = this.features();
    let budget = this.readBytes;
    for (;;) {
      const pending = sheets.filter((s) => s.values.length < s.rows);
      if (!pending.length) return;
      const left = (s: SheetRead) => s.rows - s.values.length;
      const total = pending.reduce((sum, s) => sum + left(s) * s.rowBytes, 0);
      let room = total / Math.ceil(total / budget);
      const bands: Band[] = [];
      for (const sheet of pending) {
        if (room <= 0) break;
        const rows = Math.min(left(sheet), Math.max(1, Math.ceil(room / sheet.rowBytes)));
        const top = sheet.top + sheet.values.length;
        const cells = sheet.ws.getRangeByIndexes(top, sheet.left, rows, sheet.columns);
        let formulaCells: Excel.RangeAreas | undefined;
        if (specialCells) {
          cells.load("values");
          formulaCells = loadFormulaCells(cells);
        } else cells.load("values,formulas");
        bands.push({ sheet, range: cells, formulaCells, top, rows });
        room -= rows * sheet.rowBytes;
      }
      try {
        await this.sync(context);
        for (const band of bands) {
          const { formulaCells, top, sheet } = band;
          takeBand(
            band,
            specialCells && formulaCells ? formulasOf(formulaCells, top, sheet.left) : undefined
          );
        }
      } catch (error) {
        const oneRow = bands.length === 1 && bands[0].rows === 1;
        if (oneRow || !SIZE_ERRORS.has(errorCode(error) ?? "")) throw error;
        budget /= 2;
      } finally {
        bands.forEach(({ range }) => range.untrack());
      }
    }
  }

  /**
   * Merged areas of sheets whose first sync went without them: one more sync. Excel refuses to list
   * more than 512 merged areas; those sheets' merges stay empty.
   */
  private async readMerges(context: Excel.RequestContext, sheets: SheetRead[]): Promise<void> {
    const missing = sheets.filter((s) => !s.merges);
    if (this.features().mergedAreas && missing.length) {
      const merged = missing.map((s) => loadMergedAreas(s.ws));
      try {
        await this.sync(context);
        merged.forEach((areas, i) => (missing[i].merges = mergesOf(areas)));
      } catch {
        // More than 512 merged areas, or too many to return: leave merges empty.
      }
    }
  }

  // ---- write ----

  private async writeIn(
    context: Excel.RequestContext,
    plans: readonly SheetPlan[],
    options: WriteOptions,
    known: readonly string[] | undefined,
    budget: number
  ): Promise<string[] | undefined> {
    const features = this.features();
    const worksheets = context.workbook.worksheets;
    let names = known ? [...known] : [];
    // Without plans (only removing or activating) nothing depends on the names: none are loaded.
    const namesKnown = Boolean(known) || plans.length > 0;
    if (plans.length && !known) {
      worksheets.load("items/name");
      await this.sync(context);
      names = worksheets.items.map((ws) => ws.name);
    }
    const request = new RequestBudget(
      budget,
      () => this.sync(context),
      () => {
        if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
        if (features.suspendScreenUpdating)
          context.application.suspendScreenUpdatingUntilNextSync();
        return 2 * ACTION_BYTES;
      }
    );
    const removed = (name: string) => (options.remove ?? []).some((r) => sameName(r, name));
    const planned = (name: string) => plans.some((p) => sameName(p.name, name));

    // 1. Every planned sheet exists, emptied, before any cell is written: formulas may refer to
    //    planned sheets that come later.
    const targets: Target[] = [];
    const resetCost = estimateRequest<Excel.Worksheet>((ws) => resetSheet(ws, features));
    for (const plan of plans) {
      let index = names.findIndex((n) => sameName(n, plan.name));
      if (index >= 0 && removed(plan.name)) {
        // Removed and planned anew: a new sheet at the end, as in the CLI.
        worksheets.getItemOrNullObject(plan.name).delete();
        names.splice(index, 1);
        index = -1;
      }
      const reused = index >= 0;
      await request.reserve(reused ? resetCost + 2 * ACTION_BYTES : 2 * ACTION_BYTES);
      const ws = reused ? worksheets.getItem(plan.name) : worksheets.add(plan.name);
      if (reused) {
        resetSheet(ws, features);
        if (names[index] !== plan.name) {
          ws.name = plan.name;
          names[index] = plan.name;
        }
      } else {
        names.push(plan.name);
      }
      targets.push({ plan, ws, reused });
    }

    // 2. Cells: one `formulas` assignment per sheet, or per row band when split across requests.
    for (const { plan, ws } of targets) {
      const { rows, width } = cellGrid(plan);
      let start = 0;
      const emit = (end: number) => {
        if (end > start) {
          const range = ws.getRangeByIndexes(start, 0, end - start, width);
          range.formulas = rows.slice(start, end);
          range.untrack();
        }
        start = end;
      };
      for (let r = 0; r < rows.length; r++) {
        const cost = jsonBytes(rows[r]) + 1 + (r === start ? ACTION_BYTES : 0);
        if (!request.fits(cost)) {
          emit(r);
          await request.next();
          request.add(jsonBytes(rows[r]) + 1 + ACTION_BYTES);
          continue;
        }
        request.add(cost);
      }
      emit(rows.length);
    }

    // 3. Formatting, after the values (a text format set first would turn formulas into text).
    for (const { plan, ws, reused } of targets) {
      const format = { features, reused };
      await request.reserve(
        estimateRequest<Excel.Worksheet>((stand) => formatSheet(stand, plan, format))
      );
      formatSheet(ws, plan, format);
    }

    // 3b. Native charts over the cells just written.
    for (const { plan, ws } of targets)
      for (const chart of plan.charts ?? []) {
        await request.reserve(estimateRequest<Excel.Worksheet>((stand) => addChart(stand, chart)));
        addChart(ws, chart);
      }

    // 4. Sheets to remove, and the one to show.
    for (const name of options.remove ?? []) {
      if (planned(name)) continue;
      await request.reserve(2 * ACTION_BYTES);
      worksheets.getItemOrNullObject(name).delete();
      names = names.filter((n) => !sameName(n, name));
    }
    if (options.activate) {
      await request.reserve(2 * ACTION_BYTES);
      worksheets.getItemOrNullObject(options.activate).activate();
    }
    await request.finish();
    return namesKnown ? names : undefined;
  }
}

/**
 * Queued before every read: values are read as Excel last calculated them, which in manual calculation
 * mode may be stale (the clerk edited a cell, or a fill wrote formulas). "Recalculate" computes only
 * what is out of date, so it costs nothing in automatic mode; the mode is loaded to tell the clerk.
 * Both are ExcelApi 1.1, and ride along in the read's own round trip.
 */
function recalculate(context: Excel.RequestContext): Excel.Application {
  const application = context.application;
  application.calculate("Recalculate");
  application.load("calculationMode");
  return application;
}

/** Merged areas of a sheet, queued for loading (ExcelApi 1.13). Null if there are none. */
function loadMergedAreas(ws: Excel.Worksheet): Excel.RangeAreas {
  const merged = ws.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  return merged;
}

/**
 * The cells of a range that hold formulas, with their formulas, queued for loading (ExcelApi 1.9;
 * the null object when there are none: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
 */
function loadFormulaCells(range: Excel.Range): Excel.RangeAreas {
  const cells = range.getSpecialCellsOrNullObject("Formulas");
  cells.areas.load("items/rowIndex,items/columnIndex,items/formulas");
  return cells;
}

/** The formulas of a band's formula cells (ExcelApi 1.9) on the band's grid, and their bytes. */
function formulasOf(
  cells: Excel.RangeAreas,
  top: number,
  left: number
): { formulas: unknown[][]; bytes: number } {
  const formulas: unknown[][] = [];
  let bytes = 0;
  if (!cells.isNullObject)
    for (const area of cells.areas.items) {
      bytes += jsonBytes(area.formulas) + AREA_BYTES;
      area.formulas.forEach((row, i) => {
        const r = area.rowIndex - top + i;
        formulas[r] ??= [];
        row.forEach((formula, j) => (formulas[r][area.columnIndex - left + j] = formula));
      });
    }
  return { formulas, bytes };
}

function mergesOf(merged: Excel.RangeAreas): CellRange[] {
  if (merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}
