import type {
  CellRange,
  SheetPlan,
  SheetSnapshot,
  WorkbookPort,
  WorkbookRead,
  WriteOptions,
} from "../core/workbook";
import { ACTION_BYTES, CHUNK_BYTES, estimateRequest, RequestBudget } from "./batch";
import { cellGrid, jsonBytes } from "./cells";
import { addChart } from "./charts";
import { formatSheet, HostFeatures, resetSheet } from "./format";
import { emptySnapshot, snapshotFrom } from "./snapshot";

/**
 * WorkbookPort over Office.js: the workbook open in Excel. Same semantics as the ExcelJS adapter
 * (src/xlsx/port.ts), so core behaves identically in the task pane and in the CLI.
 *
 * Round trips (`context.sync()`, counted in `syncCount`):
 * - `read`: one. All sheet names, and for each requested sheet its used range (values, formulas in
 *   invariant English syntax, position) and merged areas, in one batch. Only if Excel refuses that
 *   (over the 5 MB response limit, or more than 512 merged areas), the sheets are read again in
 *   row bands, one sync each.
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
  /** Cells per sync when a sheet has to be read in bands (see `read`). */
  readBandCells?: number;
}

/**
 * Cells per sync when reading in bands. Values and formulas of a ledger cell take about 15 bytes of
 * response, so 150,000 cells are some 2.3 MB: half of Excel on the web's 5 MB, leaving room for long
 * texts (a band that is still too big is halved). Reading the input sheets with a 10^5-line
 * 收支明细 takes 13 syncs instead of 48 (npm run bench).
 */
export const READ_BAND_CELLS = 150_000;

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

/** Raised when Excel returned no values for a used range (it does so for very large ranges). */
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
  private readonly readBandCells: number;

  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    options: OfficePortOptions = {}
  ) {
    this.isSetSupported = options.isSetSupported ?? officeSupports;
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    this.readBandCells = options.readBandCells ?? READ_BAND_CELLS;
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
    let result: WorkbookRead;
    try {
      result = await this.run((context) => this.readAtOnce(context, names));
    } catch (error) {
      if (!SIZE_ERRORS.has(errorCode(error) ?? "")) throw error;
      result = await this.run((context) => this.readInBands(context, names));
    }
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
    };
  }

  // ---- read ----

  private async readAtOnce(
    context: Excel.RequestContext,
    names: readonly string[]
  ): Promise<WorkbookRead> {
    const { mergedAreas } = this.features();
    const application = recalculate(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const probes = names.map((name) => {
      const ws = worksheets.getItemOrNullObject(name);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,values,formulas");
      return { ws, used, merged: mergedAreas ? loadMergedAreas(ws) : undefined };
    });
    await this.sync(context);
    this.calculation = application.calculationMode;

    const sheets: SheetSnapshot[] = [];
    for (const { ws, used, merged } of probes) {
      if (ws.isNullObject) continue;
      const merges = mergedAreas && merged ? mergesOf(merged) : [];
      if (used.isNullObject) {
        sheets.push({ ...emptySnapshot(ws.name), merges });
        continue;
      }
      if (!Array.isArray(used.values) || !Array.isArray(used.formulas)) throw new ValuesWithheld();
      sheets.push(
        snapshotFrom(ws.name, used.rowIndex, used.columnIndex, used.values, used.formulas, merges)
      );
    }
    return { sheetNames: worksheets.items.map((ws) => ws.name), sheets };
  }

  /**
   * The fallback for sheets too big to read at once: sizes first, then values and formulas in row
   * bands (halved again if a band is still too big), then merged areas if Excel will list them.
   */
  private async readInBands(
    context: Excel.RequestContext,
    names: readonly string[]
  ): Promise<WorkbookRead> {
    const application = recalculate(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const probes = names.map((name) => {
      const ws = worksheets.getItemOrNullObject(name);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, used };
    });
    await this.sync(context);
    this.calculation = application.calculationMode;

    const found = probes.filter((p) => !p.ws.isNullObject);
    const sheets: SheetSnapshot[] = [];
    for (const { ws, used } of found) {
      if (used.isNullObject) {
        sheets.push(emptySnapshot(ws.name));
        continue;
      }
      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      let rowsPerBand = Math.max(1, Math.floor(this.readBandCells / columnCount));
      for (let row = 0; row < rowCount;) {
        const n = Math.min(rowsPerBand, rowCount - row);
        let band: { values: unknown[][]; formulas: unknown[][] };
        try {
          band = await this.readBand(context, ws, rowIndex + row, columnIndex, n, columnCount);
        } catch (error) {
          if (n > 1 && SIZE_ERRORS.has(errorCode(error) ?? "")) {
            rowsPerBand = Math.ceil(n / 2);
            continue;
          }
          throw error;
        }
        values.push(...band.values);
        formulas.push(...band.formulas);
        row += n;
      }
      sheets.push(snapshotFrom(ws.name, rowIndex, columnIndex, values, formulas, []));
    }

    if (this.features().mergedAreas && sheets.length) {
      const merged = found.map((p) => loadMergedAreas(p.ws));
      try {
        await this.sync(context);
        merged.forEach((areas, i) => (sheets[i].merges = mergesOf(areas)));
      } catch {
        // More than 512 merged areas, or too many to return: leave merges empty.
      }
    }
    return { sheetNames: worksheets.items.map((ws) => ws.name), sheets };
  }

  /** One band of a sheet read in bands: one sync. */
  private async readBand(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    top: number,
    left: number,
    rows: number,
    columns: number
  ): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
    const band = ws.getRangeByIndexes(top, left, rows, columns);
    band.load("values,formulas");
    this.syncs++;
    await context.sync();
    const result = { values: band.values, formulas: band.formulas };
    band.untrack();
    return result;
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

function mergesOf(merged: Excel.RangeAreas): CellRange[] {
  if (merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}
