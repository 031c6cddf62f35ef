/**
 * The test host: what Excel gives an add-in, in a plain browser. Injected by the browser test before
 * any script of the page runs (page.addInitScript), it installs
 * - `Excel.run` over the strict fake of the Excel object model the unit tests use
 *   (test/helpers/fakeExcel.ts): members gated by requirement set, only what the bundled office.js
 *   defines (no RangeAreas.select), a calculation mode;
 * - `Office.onReady` resolving with host Excel, `Office.context.requirements.isSetSupported` and
 *   `Office.context.document.settings` (in memory). office.js still loads and runs: outside Office
 *   its onReady would resolve with host null, so these members of its `Office` object are pinned to
 *   ours (office.js replaces `window.Office` with its own object, which we then patch);
 * - a `CustomFunctions` stub, so the custom functions bundle the page also loads can register;
 * - `window.__host`: hooks for the test (type input data, edit a cell, read the selection).
 */
import { FakeExcel, OfficeError } from "../fakeExcel";
import type { InputRecords } from "../../../src/core/inputs/records";
import { renderInputSheets } from "../../../src/core/inputs/inputSheets";
import { DEFAULT_PROFILE, findProfile } from "../../../src/core/profiles";
import type { FormatProfile } from "../../../src/core/profiles/types";
import { rangeA1 } from "../../../src/core/workbook/a1";
import type { CellRange } from "../../../src/core/workbook";
import { OfficeWorkbookPort } from "../../../src/excel/port";
import sample from "../../../samples/jingdezhen-2021.json";

/* global window */

const g = globalThis as unknown as Record<string, unknown>;

const excel = new FakeExcel(["Sheet1"]);

/** What Office.context.platform says: "PC" (Windows), or "Mac" to test the Mac paths. */
let platform = "PC";

// ---- Office ----

const settings = new Map<string, unknown>();
/** What `saveAsync` last stored (what the workbook would keep). */
let savedSettings: Record<string, unknown> = {};

const office = {
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    get platform() {
      return platform;
    },
    displayLanguage: "zh-CN",
    contentLanguage: "zh-CN",
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        excel.isSetSupported(name, version ?? "1.1"),
    },
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        saveAsync: (callback?: (result: { status: string }) => void) => {
          savedSettings = JSON.parse(JSON.stringify(Object.fromEntries(settings)));
          setTimeout(() => callback?.({ status: "succeeded" }), 0);
        },
      },
    },
  },
};

/**
 * `Office` as the page sees it: office.js's object (once office.js has set it) with our onReady and
 * context. A proxy, because office.js defines `context` as a getter of its own after setting
 * `window.Office`, which would replace anything defined on the object itself.
 */
type OfficeObject = Record<string | symbol, unknown>;
const ours = office as unknown as OfficeObject;
const fallback: OfficeObject = { ...ours, HostType: { Excel: "Excel" } };
let officeJs: OfficeObject | undefined;
Object.defineProperty(window, "Office", {
  configurable: true,
  get: () => officeJs ?? fallback,
  set: (value: OfficeObject) => {
    officeJs = new Proxy(value, {
      get: (target, name, receiver) =>
        Object.prototype.hasOwnProperty.call(ours, name)
          ? ours[name]
          : Reflect.get(target, name, receiver),
    });
  },
});

g.Excel = { run: excel.run };
g.CustomFunctions = {
  associate: () => undefined,
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

// ---- hooks for the test ----

const port = () => new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported });

function cellAt(sheet: string, address: string) {
  const rect = rangeFromA1(address);
  return excel.sheet(sheet).cell(rect.top, rect.left);
}

function rangeFromA1(address: string): CellRange {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]) - 1;
  return { top: row, left: col - 1, bottom: row, right: col - 1 };
}

const hooks = {
  /** Types the sample department's data into the input sheets, as a clerk would. */
  async typeSampleInputs(): Promise<void> {
    const records = sample as unknown as InputRecords;
    const profile = findProfile(DEFAULT_PROFILE) as FormatProfile;
    const plans = renderInputSheets(
      { department: records.department, year: records.year, units: records.units, profile },
      records
    );
    await port().write(plans);
  },
  sheetNames: () => excel.names(),
  /** Address of the first cell of a sheet showing `text`, row by row. */
  findCell(sheet: string, text: string): string | undefined {
    const ws = excel.sheet(sheet);
    const rect = ws.usedRect(true);
    if (!rect) return undefined;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++)
        if (ws.cell(r, c)?.value === text) return rangeA1({ top: r, left: c, bottom: r, right: c });
    return undefined;
  },
  activeSheet: () => excel.active,
  selection: () => excel.selection,
  /** Sets Excel's calculation mode (as the clerk would under 公式 → 计算选项). */
  setCalculationMode(mode: "Automatic" | "Manual"): void {
    excel.calculationMode = mode;
  },
  /** Formula values read while stale (Manual mode, edited since the last calculation). */
  staleReads: () => excel.staleReads,
  calculations: () => excel.calculations,
  /** Pretends the pane runs in Excel on another platform ("Mac"). */
  setPlatform(name: string): void {
    platform = name;
  },
  /** The shown value of a cell (the fake does not calculate: formulas show nothing). */
  value: (sheet: string, address: string) => cellAt(sheet, address)?.value ?? null,
  formula: (sheet: string, address: string) => cellAt(sheet, address)?.formula ?? null,
  /** Every formula of a sheet. */
  formulas: (sheet: string) =>
    [...excel.sheet(sheet).cells.values()].flatMap((c) => (c.formula ? [c.formula] : [])),
  /** Types a number into a cell, as a clerk editing a table by hand. */
  setValue(sheet: string, address: string, value: number | string): void {
    const { top, left } = rangeFromA1(address);
    excel.sheet(sheet).setCell(top, left, { value });
    excel.edited();
  },
  /** The native charts of a sheet: type and title. */
  charts: (sheet: string) =>
    excel.sheet(sheet).charts.map((c) => ({ type: c.type, title: c.props["title.text"] })),
  savedSettings: () => savedSettings,
  /** Every sync fails with this Office.js error code until called with null. */
  failSyncs(code: string | null): void {
    excel.beforeSync = code
      ? () => {
          throw new OfficeError(code, "injected by the test");
        }
      : undefined;
  },
  /** Proxies of a batch that were never synced (a bug in the caller). */
  unsynced: () => excel.unsynced,
  syncCount: () => excel.syncCount,
};

export type HostHooks = typeof hooks;
g.__host = hooks;
