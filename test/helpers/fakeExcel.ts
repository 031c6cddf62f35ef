import type { CellRange } from "../../src/core/workbook";
import { columnIndex, rangeA1 } from "../../src/core/workbook";

/**
 * A small recording fake of the Excel JavaScript object model, enough for OfficeWorkbookPort.
 *
 * It keeps Office.js's batch semantics, which office-addin-mock does not (no collections, writes
 * applied at once):
 * - every method call and property assignment on a proxy is queued and only runs at `sync()`;
 * - reading a property throws PropertyNotLoaded unless it was `load`ed and a `sync()` followed;
 * - `getItem` on a missing sheet fails at sync with ItemNotFound (actions queued before it stay
 *   applied, as in Excel); `add` of an existing name fails with ItemAlreadyExists;
 * - `*OrNullObject` proxies resolve to null at sync: calls on them are ignored, `isNullObject` is true;
 * - a request over `requestLimit` bytes fails with RequestPayloadSizeLimitExceeded, a response over
 *   `responseLimit` with ResponsePayloadSizeLimitExceeded (Excel on the web: 5 MB each);
 * - cell-level properties (values, formulas, numberFormat) cannot be set on whole columns/rows;
 *   a 1×1 array fills a larger range ("single input copy"); null entries leave cells alone;
 * - strings are read as if typed: "123" becomes a number, "TRUE" a boolean, "=…" a formula, and a
 *   leading apostrophe keeps the rest as text.
 * - members above ExcelApi 1.1 exist only if the host supports their requirement set (`supported`),
 *   else they throw ApiNotFound when called, as office.js does (table `FAKE_API_SETS`, checked
 *   against @types/office-js and the bundled host scripts by test/browser/apiAudit.test.ts); members
 *   the bundled office.js lacks are not implemented at all (RangeAreas.select, ExcelApi 1.18);
 * - calculation mode: in Manual mode a write leaves formula values stale until `calculate`; reading
 *   formula values meanwhile is counted in `staleReads`.
 * Request size is estimated as the JSON of each action (object path, name, arguments) plus 60 bytes.
 */

/**
 * ExcelApi version of each member the fake implements above 1.1 (as "Class.member"), as the
 * `[Api set: …]` tags of @types/office-js give it.
 */
export const FAKE_API_SETS: Record<string, string> = {
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.tabColor": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.getRanges": "1.9",
  "Range.rowHidden": "1.2",
  "Range.columnHidden": "1.2",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.dataValidation": "1.8",
  "Range.conditionalFormats": "1.6",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.getIntersectionOrNullObject": "1.4",
  "Range.getSpecialCellsOrNullObject": "1.9",
  "RangeAreas.areas": "1.9",
  "RangeAreas.areaCount": "1.9",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
};

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
const MB5 = 5 * 1024 * 1024;

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeCell {
  /** Constant value, or the value a formula shows (tests may seed it; the fake does not calculate). */
  value: string | number | boolean | null;
  formula?: string;
  /** Entered with a leading apostrophe. */
  quotePrefix?: boolean;
}

interface FormatOp {
  rect: CellRange;
  path: string;
  value: unknown;
}

export interface Validation {
  rect: CellRange;
  props: Record<string, unknown>;
}

const key = (r: number, c: number) => `${r},${c}`;
const intersects = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (r: number, c: number, x: CellRange) =>
  r >= x.top && r <= x.bottom && c >= x.left && c <= x.right;
const unbounded = (x: CellRange) => x.bottom - x.top >= MAX_ROW || x.right - x.left >= MAX_COL;

export interface FakeChartRecord {
  type: string;
  source: CellRange;
  seriesBy: string;
  /** Properties assigned, by path ("name", "title.text", "legend.visible"). */
  props: Record<string, unknown>;
  /** setPosition(start, end) addresses. */
  position?: [string, string | undefined];
}

export class FakeSheet {
  private static ids = 1;
  readonly id = FakeSheet.ids++;
  visibility = "Visible";
  tabColor = "";
  cells = new Map<string, FakeCell>();
  formats: FormatOp[] = [];
  merges: CellRange[] = [];
  validations: Validation[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze: { rows: number; columns: number } | null = null;
  page: Record<string, unknown> = {};
  conditionalFormatsCleared = 0;
  /** Charts added (worksheet.charts.add): type, source range, series orientation, set properties. */
  charts: FakeChartRecord[] = [];
  /** Every reset-type call, for assertions. */
  log: string[] = [];

  constructor(public name: string) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(key(r, c));
  }

  setCell(r: number, c: number, cell: FakeCell): void {
    this.cells.set(key(r, c), cell);
  }

  /** Bounding box of cells with content (valuesOnly) or also of merges and bounded formats. */
  usedRect(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    const grow = (x: CellRange) => {
      box = box
        ? {
            top: Math.min(box.top, x.top),
            left: Math.min(box.left, x.left),
            bottom: Math.max(box.bottom, x.bottom),
            right: Math.max(box.right, x.right),
          }
        : { ...x };
    };
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const [r, c] = k.split(",").map(Number);
      grow({ top: r, left: c, bottom: r, right: c });
    }
    if (!valuesOnly) {
      this.merges.forEach(grow);
      this.formats.filter((f) => !unbounded(f.rect)).forEach((f) => grow(f.rect));
    }
    return box;
  }

  /** The format properties of a cell, folded over every format operation that covers it. */
  formatAt(r: number, c: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const op of this.formats) {
      if (!inside(r, c, op.rect)) continue;
      if (op.path === "numberFormat") {
        const grid = op.value as unknown[][];
        const v =
          grid.length === 1 && grid[0].length === 1
            ? grid[0][0]
            : grid[r - op.rect.top]?.[c - op.rect.left];
        if (v !== null && v !== undefined) out.numberFormat = v;
      } else if (!op.path.startsWith("borders.")) out[op.path] = op.value;
    }
    return out;
  }

  /** Which sides of a cell have a thin continuous border drawn by the cell's own range formats. */
  bordersAt(
    r: number,
    c: number
  ): { top: boolean; bottom: boolean; left: boolean; right: boolean } {
    const has = (edge: string, test: (x: CellRange) => boolean) =>
      this.formats.some(
        (op) =>
          op.path === `borders.${edge}.style` &&
          op.value === "Continuous" &&
          inside(r, c, op.rect) &&
          test(op.rect) &&
          this.formats.some(
            (w) => w.path === `borders.${edge}.weight` && w.value === "Thin" && w.rect === op.rect
          )
      );
    return {
      top: has("EdgeTop", (x) => r === x.top) || has("InsideHorizontal", (x) => r > x.top),
      bottom:
        has("EdgeBottom", (x) => r === x.bottom) || has("InsideHorizontal", (x) => r < x.bottom),
      left: has("EdgeLeft", (x) => c === x.left) || has("InsideVertical", (x) => c > x.left),
      right: has("EdgeRight", (x) => c === x.right) || has("InsideVertical", (x) => c < x.right),
    };
  }
}

interface Action {
  bytes: number;
  label: string;
  run: () => void;
}

export interface RequestRecord {
  bytes: number;
  actions: string[];
  /** Bytes of the loaded values sent back (0 until the request ran; counted even if refused). */
  responseBytes: number;
}

/** The workbook and the host: sheets, active sheet, requirement sets, limits, and what was sent. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  active: string | undefined;
  syncCount = 0;
  requests: RequestRecord[] = [];
  /** Actions still queued when a `run` ended (never sent: a bug in the caller). */
  unsynced = 0;
  requestLimit = MB5;
  responseLimit = MB5;
  supported = new Set([
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "1.7",
    "1.8",
    "1.9",
    "1.10",
    "1.11",
    "1.12",
    "1.13",
  ]);
  /** Sheet references in formulas to sheets that did not exist when the formula was entered. */
  unresolvedReferences: string[] = [];
  /** Called at each sync before it runs; may throw to simulate failures or change the workbook. */
  beforeSync?: (index: number) => void;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /** Manual mode only: cells changed since the last calculation, so formula values are stale. */
  dirty = false;
  /** Reads of formula values while they were stale. */
  staleReads = 0;
  /** `Application.calculate` calls run. */
  calculations = 0;
  /** What `Range.select` selected last. */
  selection: { sheet: string; address: string } | undefined;

  constructor(names: string[] = ["Sheet1"]) {
    for (const name of names) this.sheets.push(new FakeSheet(name));
    this.active = names[0];
  }

  isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && this.supported.has(version);

  /** Throws as office.js does when a member's requirement set is above what the host supports. */
  requires(member: string): void {
    const version = FAKE_API_SETS[member];
    if (version && !this.supported.has(version))
      throw new OfficeError("ApiNotFound", `${member} needs ExcelApi ${version}`);
  }

  /** A cell changed (by the add-in or by the clerk): in Manual mode formula values go stale. */
  edited(): void {
    if (this.calculationMode === "Manual") this.dirty = true;
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.unsynced += context.pending.length;
    }
  };

  sheet(name: string): FakeSheet {
    const ws = this.find(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }
}

type Bytes = (value: unknown) => number;
// TextEncoder, not Buffer: the fake also runs in the browser test host, where a global Buffer shim
// would make jszip (the pane's .xlsx reader) believe it runs in Node.
const encoder = new TextEncoder();
const bytesOf: Bytes = (value) => encoder.encode(JSON.stringify(value) ?? "").length;

class NotLoaded extends OfficeError {
  constructor(what: string) {
    super("PropertyNotLoaded", `${what} was read before load() and sync()`);
  }
}

/** Common proxy behaviour: queued loads and guarded property reads. */
abstract class FakeProxy {
  protected loaded = new Map<string, unknown>();
  /** For *OrNullObject proxies: set at sync. */
  protected nullState: boolean | undefined;

  constructor(
    protected readonly context: FakeContext,
    readonly path: string
  ) {}

  protected queue(label: string, args: unknown, run: () => void): void {
    this.context.queue(this.path, label, args, run);
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoaded(`${this.path}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new NotLoaded(`${this.path}.isNullObject`);
    return this.nullState;
  }

  /** Resolves the object at sync time: the live object, null for a null object. */
  abstract resolve(): unknown;

  /** Values of loadable properties, read at sync. */
  protected abstract read(prop: string, target: any): unknown;

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.queue("load", list, () => {
      const target = this.resolve();
      this.nullState = target === null;
      for (const prop of list) {
        const value = target === null ? null : this.read(prop, target);
        this.context.respond(value);
        this.loaded.set(prop, value);
      }
    });
    return this;
  }

  untrack(): this {
    return this;
  }
}

class FakeContext {
  pending: Action[] = [];
  private responseBytes = 0;
  private syncing = false;
  readonly workbook: { worksheets: FakeWorksheets };
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
    this.application = new FakeApplication(this);
  }

  queue(path: string, label: string, args: unknown, run: () => void): void {
    if (this.syncing) throw new Error("queued during sync");
    this.pending.push({
      bytes: bytesOf({ path, label, args }) + 60,
      label: `${path}.${label}`,
      run,
    });
  }

  respond(value: unknown): void {
    this.responseBytes += bytesOf(value);
  }

  /** Objects whose isNullObject is settled at each sync even without a load (as the docs say). */
  nullables: { settle: () => void }[] = [];

  async sync(): Promise<void> {
    const excel = this.excel;
    const index = excel.syncCount++;
    const actions = this.pending;
    this.pending = [];
    const bytes = actions.reduce((n, a) => n + a.bytes, 0);
    const record: RequestRecord = { bytes, actions: actions.map((a) => a.label), responseBytes: 0 };
    excel.requests.push(record);
    excel.beforeSync?.(index);
    if (bytes > excel.requestLimit)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `${bytes} bytes`);
    this.responseBytes = 0;
    this.syncing = true;
    try {
      for (const action of actions) action.run();
      // isNullObject of proxies created for this request (a deleted sheet's proxy reads as null).
      for (const n of this.nullables.splice(0)) {
        try {
          n.settle();
        } catch {
          // resolved to an object deleted meanwhile: stays unsettled
        }
      }
    } finally {
      this.syncing = false;
      record.responseBytes = this.responseBytes;
    }
    if (this.responseBytes > excel.responseLimit)
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `${this.responseBytes} bytes`);
  }
}

class FakeApplication extends FakeProxy {
  constructor(context: FakeContext) {
    super(context, "application");
  }

  resolve(): FakeExcel {
    return this.context.excel;
  }

  protected read(prop: string, excel: FakeExcel): unknown {
    if (prop === "calculationMode") return excel.calculationMode;
    throw new Error(`fake: cannot load application ${prop}`);
  }

  get calculationMode(): string {
    return this.value("calculationMode");
  }

  calculate(type: string): void {
    if (!["Recalculate", "Full", "FullRebuild"].includes(type))
      throw new OfficeError("InvalidArgument", `calculate(${type})`);
    this.queue("calculate", [type], () => {
      this.context.excel.dirty = false;
      this.context.excel.calculations++;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.excel.requires("Application.suspendApiCalculationUntilNextSync");
    this.queue("suspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.excel.requires("Application.suspendScreenUpdatingUntilNextSync");
    this.queue("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

// ---- worksheets ----

type SheetRef =
  | { kind: "name"; name: string; nullable: boolean }
  | { kind: "added"; name: string }
  | { kind: "sheet"; sheet: FakeSheet };

class FakeWorksheets extends FakeProxy {
  private itemList: FakeWorksheet[] | undefined;

  constructor(context: FakeContext) {
    super(context, "worksheets");
  }

  resolve(): unknown {
    return this.context.excel;
  }

  protected read(): unknown {
    return null;
  }

  override load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(",");
    this.queue("load", list, () => {
      this.itemList = this.context.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, { kind: "sheet", sheet: s });
        ws.preload("name", s.name);
        this.context.respond(s.name);
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemList) throw new NotLoaded("worksheets.items");
    return this.itemList;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { kind: "name", name, nullable: false });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.excel.requires("WorksheetCollection.getItemOrNullObject");
    const ws = new FakeWorksheet(this.context, { kind: "name", name, nullable: true });
    this.context.nullables.push({ settle: () => ws.settle() });
    return ws;
  }

  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, { kind: "added", name });
    this.context.queue("worksheets", "add", [name], () => {
      const excel = this.context.excel;
      if (excel.find(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
      const sheet = new FakeSheet(name);
      excel.sheets.push(sheet);
      ws.bind(sheet);
    });
    return ws;
  }
}

class FakeWorksheet extends FakeProxy {
  private bound: FakeSheet | null | undefined;

  constructor(
    context: FakeContext,
    private readonly ref: SheetRef
  ) {
    super(context, ref.kind === "sheet" ? `ws#${ref.sheet.id}` : `ws(${ref.name})`);
    if (ref.kind === "sheet") this.bound = ref.sheet;
  }

  preload(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
    this.nullState = false;
  }

  bind(sheet: FakeSheet): void {
    this.bound = sheet;
  }

  settle(): void {
    if (this.ref.kind === "name" && this.ref.nullable) this.nullState = this.resolve() === null;
  }

  /** The sheet, bound on first use as Office.js binds an object path; null for a null object. */
  resolve(): FakeSheet | null {
    if (this.bound !== undefined) {
      if (this.bound && !this.context.excel.sheets.includes(this.bound))
        throw new OfficeError("ItemNotFound", `${this.path} was deleted`);
      return this.bound;
    }
    const ref = this.ref;
    if (ref.kind !== "name")
      throw new OfficeError("InvalidOperation", `${this.path} not yet added`);
    const sheet = this.context.excel.find(ref.name) ?? null;
    if (!sheet && !ref.nullable) throw new OfficeError("ItemNotFound", `sheet ${ref.name}`);
    this.bound = sheet;
    return sheet;
  }

  protected read(prop: string, sheet: FakeSheet): unknown {
    if (prop === "name") return sheet.name;
    if (prop === "position") return this.context.excel.sheets.indexOf(sheet);
    if (prop === "visibility") return sheet.visibility;
    throw new Error(`fake: cannot load worksheet ${prop}`);
  }

  /** Queues `fn` on the live sheet; ignored for a null object. */
  private act(label: string, args: unknown, fn: (sheet: FakeSheet) => void): void {
    this.queue(label, args, () => {
      const sheet = this.resolve();
      if (sheet) fn(sheet);
    });
  }

  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.act("name", name, (sheet) => {
      const other = this.context.excel.find(name);
      if (other && other !== sheet) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
      sheet.name = name;
    });
  }
  set visibility(v: string) {
    this.act("visibility", v, (sheet) => (sheet.visibility = v));
  }
  set tabColor(v: string) {
    this.context.excel.requires("Worksheet.tabColor");
    this.act("tabColor", v, (sheet) => (sheet.tabColor = v));
  }

  delete(): void {
    this.act("delete", [], (sheet) => {
      const excel = this.context.excel;
      const visible = excel.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (!visible.length)
        throw new OfficeError("InvalidOperation", "cannot delete the last visible sheet");
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      if (excel.active === sheet.name) excel.active = visible[0].name;
    });
  }

  activate(): void {
    this.act("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") throw new OfficeError("InvalidOperation", "hidden sheet");
      this.context.excel.active = sheet.name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, { kind: "address", address: address ?? "" });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    this.context.excel.requires("Worksheet.getRangeByIndexes");
    return new FakeRange(this.context, this, {
      kind: "rect",
      rect: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 },
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.excel.requires("Worksheet.getUsedRangeOrNullObject");
    const range = new FakeRange(this.context, this, {
      kind: "used",
      valuesOnly: Boolean(valuesOnly),
    });
    this.context.nullables.push({ settle: () => range.settle() });
    return range;
  }

  /**
   * ExcelApi 1.1 charts: `add(type, source, seriesBy)` returns a chart whose property assignments
   * and `setPosition` are recorded on the sheet at sync. The source must be a bounded range.
   */
  get charts(): { add: (type: string, source: FakeRange, seriesBy?: string) => any } {
    return {
      add: (type, source, seriesBy = "Auto") => {
        const record: FakeChartRecord = {
          type,
          source: { top: 0, left: 0, bottom: 0, right: 0 },
          seriesBy,
          props: {},
        };
        this.act("charts.add", [type, source.path, seriesBy], (sheet) => {
          const rect = source.rect();
          if (!rect || unbounded(rect)) throw new OfficeError("InvalidArgument", "chart source");
          record.source = rect;
          sheet.charts.push(record);
        });
        return recorder(
          this.context,
          `${this.path}.chart`,
          (path, value) => this.act(`chart.${path}`, value, () => (record.props[path] = value)),
          {
            setPosition: (start: string, end?: string) =>
              this.act("chart.setPosition", [start, end], () => (record.position = [start, end])),
          }
        );
      },
    };
  }

  /** ExcelApi 1.9, present in the bundled office.js; its RangeAreas has no `select` there. */
  getRanges(address: string): FakeRangeAreas {
    this.context.excel.requires("Worksheet.getRanges");
    const first = address.split(/[,;]/)[0]?.trim() ?? "";
    return new FakeRangeAreas(this.context, this.getRange(first), "mergedAreas");
  }

  get freezePanes() {
    this.context.excel.requires("Worksheet.freezePanes");
    return {
      freezeRows: (n: number) =>
        this.act("freezeRows", [n], (s) => (s.freeze = { rows: n, columns: 0 })),
      freezeColumns: (n: number) =>
        this.act("freezeColumns", [n], (s) => (s.freeze = { rows: 0, columns: n })),
      freezeAt: (range: FakeRange) =>
        this.act("freezeAt", [range.path], (s) => {
          const rect = range.rect();
          if (!rect || rect.top !== 0 || rect.left !== 0)
            throw new OfficeError("InvalidArgument", "freezeAt");
          s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
        }),
      unfreeze: () => this.act("unfreeze", [], (s) => (s.freeze = null)),
    };
  }

  get pageLayout(): any {
    this.context.excel.requires("Worksheet.pageLayout");
    return recorder(
      this.context,
      `${this.path}.pageLayout`,
      (path, value) =>
        this.act(`pageLayout.${path}`, value, (s) => {
          if (
            path === "zoom" &&
            (value as any).verticalFitToPages === undefined &&
            (value as any).scale === undefined
          )
            throw new OfficeError("InvalidArgument", "zoom");
          s.page[path] = value;
        }),
      {
        setPrintArea: (area: string) =>
          this.act("setPrintArea", [area], (s) => (s.page.printArea = area)),
        setPrintTitleRows: (rows: string) =>
          this.act("setPrintTitleRows", [rows], (s) => (s.page.printTitleRows = rows)),
      }
    );
  }
}

/** Any property path below an object: assignments are queued via `onSet`; `methods` by name. */
function recorder(
  context: FakeContext,
  base: string,
  onSet: (path: string, value: unknown) => void,
  methods: Record<string, (...args: any[]) => unknown>,
  prefix = ""
): any {
  return new Proxy(
    {},
    {
      get: (_t, prop) => {
        if (typeof prop !== "string") return undefined;
        const path = prefix ? `${prefix}.${prop}` : prop;
        if (methods[path]) return methods[path];
        return recorder(context, base, onSet, methods, path);
      },
      set: (_t, prop, value) => {
        onSet(prefix ? `${prefix}.${String(prop)}` : String(prop), value);
        return true;
      },
    }
  );
}

// ---- ranges ----

type RangeRef =
  | { kind: "address"; address: string }
  | { kind: "rect"; rect: CellRange }
  | { kind: "used"; valuesOnly: boolean }
  | { kind: "intersection"; of: [FakeRange, FakeRange] };

function parseAddress(address: string): CellRange {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  if (!a) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  let m = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (m) return { top: 0, bottom: MAX_ROW, left: columnIndex(m[1]), right: columnIndex(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, left: 0, right: MAX_COL };
  m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (!m) throw new OfficeError("InvalidArgument", `address ${address}`);
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  return {
    top,
    left,
    bottom: m[4] ? Number(m[4]) - 1 : top,
    right: m[3] ? columnIndex(m[3]) : left,
  };
}

/** A string as Excel reads typed input. */
function typed(input: unknown): FakeCell | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const s = String(input);
  if (s === "") return { value: null };
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (s.startsWith("=")) return { value: null, formula: s };
  if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) return { value: Number(s) };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === "true" };
  return { value: s };
}

export class FakeRange extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly ref: RangeRef
  ) {
    super(
      context,
      ref.kind === "intersection"
        ? `${ref.of[0].path}.x(${ref.of[1].path})`
        : `${sheet.path}.${ref.kind === "rect" ? `r(${ref.rect.top},${ref.rect.left},${ref.rect.bottom},${ref.rect.right})` : ref.kind === "address" ? `a(${ref.address})` : `used(${ref.valuesOnly})`}`
    );
  }

  settle(): void {
    this.nullState = this.resolve() === null;
  }

  /** The live sheet and rectangle, or null for a null object. */
  resolve(): { sheet: FakeSheet; rect: CellRange } | null {
    const sheet = this.sheet.resolve();
    if (!sheet) return null;
    const ref = this.ref;
    if (ref.kind === "used") {
      const rect = sheet.usedRect(ref.valuesOnly);
      return rect ? { sheet, rect } : null;
    }
    if (ref.kind === "intersection") {
      const [a, b] = ref.of.map((r) => r.rect());
      if (!a || !b) return null;
      const rect = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      return rect.top <= rect.bottom && rect.left <= rect.right ? { sheet, rect } : null;
    }
    return { sheet, rect: ref.kind === "rect" ? ref.rect : parseAddress(ref.address) };
  }

  rect(): CellRange | null {
    return this.resolve()?.rect ?? null;
  }

  protected read(prop: string, { sheet, rect }: { sheet: FakeSheet; rect: CellRange }): unknown {
    const grid = (f: (cell: FakeCell | undefined) => unknown) => {
      if (unbounded(rect)) return null;
      const rows: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cell(r, c)));
        rows.push(row);
      }
      return rows;
    };
    switch (prop) {
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "address":
        return `'${sheet.name}'!${rect.left}:${rect.top}`;
      case "values":
        return grid((cell) => {
          if (cell?.formula !== undefined && this.context.excel.dirty)
            this.context.excel.staleReads++;
          return cell?.value ?? "";
        });
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      default:
        throw new Error(`fake: cannot load range ${prop}`);
    }
  }

  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }
  get address(): string {
    return this.value("address");
  }
  get values(): unknown[][] {
    return this.value("values");
  }
  get formulas(): unknown[][] {
    return this.value("formulas");
  }

  /** Queues `fn` on the live range; ignored for a null object. */
  private act(label: string, args: unknown, fn: (sheet: FakeSheet, rect: CellRange) => void): void {
    this.queue(label, args, () => {
      const target = this.resolve();
      if (target) fn(target.sheet, target.rect);
    });
  }

  private cellLevel(
    label: string,
    grid: unknown,
    apply: (sheet: FakeSheet, rect: CellRange, g: unknown[][]) => void
  ) {
    this.act(label, grid, (sheet, rect) => {
      if (unbounded(rect))
        throw new OfficeError("InvalidArgument", `${label} on an unbounded range`);
      const g = grid as unknown[][];
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const single = g.length === 1 && g[0].length === 1;
      if (!single && (g.length !== rows || g.some((row) => row.length !== cols)))
        throw new OfficeError(
          "InvalidArgument",
          `${label}: ${g.length}×${g[0]?.length} into ${rows}×${cols}`
        );
      apply(sheet, rect, g);
    });
  }

  set formulas(grid: unknown[][]) {
    this.cellLevel("formulas", grid, (sheet, rect, g) => {
      this.context.excel.edited();
      const single = g.length === 1 && g[0].length === 1;
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = typed(single ? g[0][0] : g[r - rect.top][c - rect.left]);
          if (cell?.formula) this.checkReferences(cell.formula);
          if (cell) sheet.setCell(r, c, cell);
        }
    });
  }
  /** Excel would turn a reference to a missing sheet into an external link or #REF!. */
  private checkReferences(formula: string): void {
    const excel = this.context.excel;
    for (const m of formula.matchAll(
      /'((?:[^']|'')+)'!|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!/g
    )) {
      const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      if (!excel.find(name)) excel.unresolvedReferences.push(`${formula} → ${name}`);
    }
  }

  set values(grid: unknown[][]) {
    this.formulas = grid;
  }
  set numberFormat(grid: unknown[][]) {
    this.cellLevel("numberFormat", grid, (sheet, rect, g) =>
      sheet.formats.push({ rect, path: "numberFormat", value: g })
    );
  }
  set rowHidden(v: boolean) {
    this.context.excel.requires("Range.rowHidden");
    this.act("rowHidden", v, (sheet) => sheet.log.push(`rowHidden=${v}`));
  }
  set columnHidden(v: boolean) {
    this.context.excel.requires("Range.columnHidden");
    this.act("columnHidden", v, (sheet) => sheet.log.push(`columnHidden=${v}`));
  }

  get format(): any {
    return recorder(
      this.context,
      `${this.path}.format`,
      (path, value) =>
        this.act(`format.${path}`, value, (sheet, rect) => {
          if (path === "columnWidth") {
            if (rect.bottom - rect.top < MAX_ROW)
              throw new Error("fake: column width on a partial column");
            for (let c = rect.left; c <= rect.right; c++)
              sheet.columnWidths.set(c, value as number);
          } else if (path === "rowHeight") {
            for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, value as number);
          } else if (path === "useStandardWidth") sheet.columnWidths.clear();
          else if (path === "useStandardHeight") sheet.rowHeights.clear();
          else sheet.formats.push({ rect, path, value });
        }),
      {
        "borders.getItem": (edge: string) =>
          recorder(
            this.context,
            `${this.path}.borders(${edge})`,
            (path, value) =>
              this.act(`format.borders.${edge}.${path}`, value, (sheet, rect) =>
                sheet.formats.push({ rect, path: `borders.${edge}.${path}`, value })
              ),
            {}
          ),
      }
    );
  }

  get dataValidation(): any {
    this.context.excel.requires("Range.dataValidation");
    const find = (sheet: FakeSheet, rect: CellRange) => {
      let v = sheet.validations.find((x) => JSON.stringify(x.rect) === JSON.stringify(rect));
      if (!v) sheet.validations.push((v = { rect, props: {} }));
      return v;
    };
    return recorder(
      this.context,
      `${this.path}.dataValidation`,
      (path, value) =>
        this.act(
          `dataValidation.${path}`,
          value,
          (sheet, rect) => (find(sheet, rect).props[path] = value)
        ),
      {
        clear: () =>
          this.act("dataValidation.clear", [], (sheet, rect) => {
            sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
          }),
      }
    );
  }

  get conditionalFormats(): any {
    this.context.excel.requires("Range.conditionalFormats");
    return {
      clearAll: () =>
        this.act("conditionalFormats.clearAll", [], (sheet) => sheet.conditionalFormatsCleared++),
    };
  }

  merge(across?: boolean): void {
    this.context.excel.requires("Range.merge");
    this.act("merge", [Boolean(across)], (sheet, rect) => {
      if (sheet.merges.some((m) => intersects(m, rect)))
        throw new OfficeError("MergedRangeConflict", JSON.stringify(rect));
      sheet.merges.push(rect);
    });
  }

  unmerge(): void {
    this.context.excel.requires("Range.unmerge");
    this.act("unmerge", [], (sheet, rect) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo = "All"): void {
    this.act("clear", [applyTo], (sheet, rect) => {
      sheet.log.push(`clear(${applyTo})`);
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (inside(r, c, rect)) sheet.cells.delete(k);
      }
      if (applyTo === "All" || applyTo === "Formats")
        sheet.formats = sheet.formats.filter((f) => !intersects(f.rect, rect));
    });
  }

  /** Selects the range on its sheet, which must be the active one (ExcelApi 1.1). */
  select(): void {
    this.queue("select", [], () => {
      const target = this.resolve();
      if (!target) throw new OfficeError("ItemNotFound", `${this.path}.select`);
      const excel = this.context.excel;
      if (excel.active !== target.sheet.name)
        throw new OfficeError("InvalidOperation", "select on a sheet that is not active");
      excel.selection = { sheet: target.sheet.name, address: rangeA1(target.rect) };
    });
  }

  /** The part this range shares with another (of the same sheet); null if none. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.context.excel.requires("Range.getIntersectionOrNullObject");
    const range = new FakeRange(this.context, this.sheet, {
      kind: "intersection",
      of: [this, other],
    });
    this.context.nullables.push({ settle: () => range.settle() });
    return range;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.excel.requires("Range.getMergedAreasOrNullObject");
    const areas = new FakeRangeAreas(this.context, this, "mergedAreas");
    this.context.nullables.push({ settle: () => areas.settle() });
    return areas;
  }

  /** Only `Formulas`: the cells of this range holding a formula, as row runs. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.context.excel.requires("Range.getSpecialCellsOrNullObject");
    if (cellType !== "Formulas") throw new Error(`fake: no special cells ${cellType}`);
    const areas = new FakeRangeAreas(this.context, this, "formulaCells");
    this.context.nullables.push({ settle: () => areas.settle() });
    return areas;
  }
}

class FakeRangeAreas extends FakeProxy {
  readonly areas: FakeAreaCollection;

  constructor(
    context: FakeContext,
    readonly range: FakeRange,
    private readonly kind: "mergedAreas" | "formulaCells"
  ) {
    super(context, `${range.path}.${kind}`);
    this.areas = new FakeAreaCollection(context, this);
  }

  // No `select`: RangeAreas.select is ExcelApi 1.18 and the bundled office.js does not define it.

  settle(): void {
    this.nullState = this.resolve() === null;
  }

  resolve(): CellRange[] | null {
    const target = this.range.resolve();
    if (!target) return null;
    const { sheet, rect } = target;
    if (this.kind === "formulaCells") {
      const runs: CellRange[] = [];
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          if (sheet.cell(r, c)?.formula === undefined) continue;
          const last = runs[runs.length - 1];
          if (last && last.top === r && last.right === c - 1) last.right = c;
          else runs.push({ top: r, left: c, bottom: r, right: c });
        }
      return runs.length ? runs : null;
    }
    const merges = sheet.merges.filter((m) => intersects(m, rect));
    if (merges.length > 512)
      throw new OfficeError("GeneralException", "more than 512 merged areas");
    return merges.length ? merges : null;
  }

  protected read(prop: string, merges: CellRange[]): unknown {
    if (prop === "areaCount") return merges.length;
    throw new Error(`fake: cannot load range areas ${prop}`);
  }
}

class FakeAreaCollection extends FakeProxy {
  private list: Record<string, unknown>[] | undefined;

  constructor(
    context: FakeContext,
    private readonly owner: FakeRangeAreas
  ) {
    super(context, `${owner.path}.areas`);
  }

  resolve(): unknown {
    return this.owner.resolve();
  }

  protected read(): unknown {
    return null;
  }

  override load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) =>
      p.trim().replace(/^items\//, "")
    );
    this.queue("load", list, () => {
      const merges = this.owner.resolve();
      if (!merges) return;
      const sheet = this.owner.range.resolve()?.sheet;
      this.list = merges.map((m) => {
        const all: Record<string, () => unknown> = {
          rowIndex: () => m.top,
          columnIndex: () => m.left,
          rowCount: () => m.bottom - m.top + 1,
          columnCount: () => m.right - m.left + 1,
          formulas: () =>
            Array.from({ length: m.bottom - m.top + 1 }, (_, i) =>
              Array.from({ length: m.right - m.left + 1 }, (_, j) => {
                const cell = sheet?.cell(m.top + i, m.left + j);
                return cell?.formula ?? cell?.value ?? "";
              })
            ),
        };
        const item: Record<string, unknown> = {};
        for (const p of list) {
          if (!(p in all)) throw new Error(`fake: cannot load area ${p}`);
          item[p] = all[p]();
        }
        this.context.respond(item);
        return item;
      });
    });
    return this;
  }

  get items(): Record<string, unknown>[] {
    if (!this.list) throw new NotLoaded(`${this.path}.items`);
    return this.list;
  }
}
