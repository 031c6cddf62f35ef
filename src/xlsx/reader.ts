import { isAscii } from "buffer";
import { StringDecoder } from "string_decoder";
import { UserError } from "../core/errors";
import type { CellValue, SheetSnapshot } from "../core/workbook";
import { columnIndex, columnName, parseRange } from "../core/workbook";
import { entryBytes, entryChunks, ZipEntry, zipEntries, ZipFormatError } from "./zip";
import { attribute, attributesOf, XmlHandler, XmlScanner, XmlSyntaxError } from "./xml";

/**
 * Reads cell values straight from an .xlsx file: only the sheets asked for, the large ones streamed
 * a megabyte at a time, no styles or cell objects built. It gives exactly what `snapshotOf` gives
 * after a full ExcelJS load (test/integration/xlsx/fastRead.test.ts compares them), including ExcelJS's ways:
 * numbers in a date format become ISO dates, shared formulas are spelled out per cell, merged areas
 * report their value in the first cell only.
 */

// ExcelJS's own table of built-in number formats and its shared-formula translation, so that dates
// and formulas come out exactly as a full load gives them.
const BUILTIN_FORMATS: Record<
  string,
  { f: string }
> = require("exceljs/lib/xlsx/defaultnumformats");
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(formula: string, from: string, to: string): string;
};

interface SheetEntry {
  name: string;
  path: string;
}

const WORKSHEET_TYPE = /\/worksheet$/;

export class XlsxReader {
  private strings?: string[];
  private dates?: boolean[];

  private constructor(
    readonly file: string,
    readonly data: Buffer,
    readonly entries: Map<string, ZipEntry>,
    private readonly sheets: SheetEntry[],
    private readonly date1904: boolean,
    readonly paths: { workbook: string; sharedStrings?: string; styles?: string }
  ) {}

  /** Opens the workbook in `data` (already checked to be a zip): the sheet list only. */
  static open(file: string, data: Buffer): XlsxReader {
    return guard(file, () => {
      const entries = zipEntries(data);
      const part = (name: string) => {
        const entry = entries.get(name);
        return entry ? entryBytes(data, entry).toString("utf8") : undefined;
      };
      const rootRels = relationships(part("_rels/.rels") ?? "", "");
      const bookPath =
        rootRels.find((r) => /\/officeDocument$/.test(r.type))?.target ?? "xl/workbook.xml";
      const book = part(bookPath);
      if (book === undefined) throw new ZipFormatError("缺少 workbook.xml");
      const rels = relationships(part(relsPathOf(bookPath)) ?? "", dirOf(bookPath));
      const sheets: SheetEntry[] = [];
      let date1904 = false;
      scan(book, {
        open(name, attrs) {
          if (name === "workbookPr") date1904 = attribute(attrs, "date1904") === "1";
          if (name !== "sheet") return;
          const a = attributesOf(attrs);
          const id = Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== "sheetId")?.[1];
          const rel = rels.find((r) => r.id === id);
          if (rel && WORKSHEET_TYPE.test(rel.type) && entries.has(rel.target))
            sheets.push({ name: a.name, path: rel.target });
        },
        close() {},
        text() {},
      });
      return new XlsxReader(file, data, entries, sheets, date1904, {
        workbook: bookPath,
        sharedStrings: rels.find((r) => /\/sharedStrings$/.test(r.type))?.target,
        styles: rels.find((r) => /\/styles$/.test(r.type))?.target,
      });
    });
  }

  /** Every worksheet name in tab order (chart sheets are not worksheets). */
  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A worksheet's used range as `snapshotOf` gives it, or undefined when there is none. */
  async snapshot(name: string): Promise<SheetSnapshot | undefined> {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) return undefined;
    const builder = new SheetBuilder(name, this.sharedStrings(), this.dateStyles(), this.date1904);
    await guardAsync(this.file, async () => {
      const scanner = new XmlScanner(builder);
      const decoder = new SheetDecoder();
      for await (const chunk of entryChunks(this.data, this.entries.get(sheet.path)!))
        scanner.write(decoder.write(chunk));
      scanner.write(decoder.end());
      scanner.end();
    });
    return builder.finish();
  }

  /** The zip entry name of a worksheet's XML. */
  sheetPath(name: string): string | undefined {
    return this.sheets.find((s) => s.name === name)?.path;
  }

  /** A part's text, or undefined when the archive has no such entry. */
  part(path: string | undefined): string | undefined {
    const entry = path === undefined ? undefined : this.entries.get(path);
    return entry ? entryBytes(this.data, entry).toString("utf8") : undefined;
  }

  private sharedStrings(): string[] {
    if (this.strings) return this.strings;
    const xml = guard(this.file, () => this.part(this.paths.sharedStrings));
    return (this.strings = xml ? guard(this.file, () => parseSharedStrings(xml)) : []);
  }

  /** For each cell style (s="n"), whether ExcelJS turns a number in it into a date. */
  private dateStyles(): boolean[] {
    if (this.dates) return this.dates;
    const xml = guard(this.file, () => this.part(this.paths.styles));
    return (this.dates = xml ? guard(this.file, () => parseDateStyles(xml)) : []);
  }
}

/**
 * UTF-8 chunks to text. Sheet XML is mostly ASCII (text sits in the shared strings), and an ASCII
 * chunk read as Latin-1 is the same text at a fraction of the cost; from the first chunk that is
 * not ASCII on, the StringDecoder takes every chunk, so a character split across chunks is whole.
 */
class SheetDecoder {
  private readonly decoder = new StringDecoder("utf8");
  private ascii = true;

  write(chunk: Buffer): string {
    if (this.ascii && isAscii(chunk)) return chunk.toString("latin1");
    this.ascii = false;
    return this.decoder.write(chunk);
  }

  end(): string {
    return this.decoder.end();
  }
}

function guard<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** A stored "NaN" or "INF" (written by a script) reads as Excel's #NUM! error, as in ExcelJsPort. */
const finite = (n: number): CellValue => (Number.isFinite(n) ? n : "#NUM!");

async function guardAsync<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw unreadable(file, error);
  }
}

function unreadable(file: string, error: unknown): unknown {
  if (error instanceof UserError) return error;
  if (
    error instanceof ZipFormatError ||
    error instanceof XmlSyntaxError ||
    (error as NodeJS.ErrnoException)?.code?.startsWith("Z_")
  ) {
    return new UserError(
      `「${file}」不是有效的 Excel 工作簿（.xlsx）：可能是改了扩展名的其他文件（如 .docx），或文件已损坏`,
      [String((error as Error).message ?? error)]
    );
  }
  return error;
}

function scan(xml: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  scanner.write(xml);
  scanner.end();
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const relsPathOf = (path: string) => `${dirOf(path)}_rels/${path.slice(dirOf(path).length)}.rels`;

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a part, targets resolved to zip entry names. */
function relationships(xml: string, baseDir: string): Relationship[] {
  const out: Relationship[] = [];
  scan(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const a = attributesOf(attrs);
      if (a.TargetMode === "External") return;
      out.push({ id: a.Id, type: a.Type ?? "", target: resolvePath(baseDir, a.Target ?? "") });
    },
    close() {},
    text() {},
  });
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== ".") out.push(part);
  }
  return out.join("/");
}

/** Shared strings as ExcelJS reads them: runs joined, phonetic guides left out, _xHHHH_ decoded. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let parts: string[] = [];
  let inText = false;
  let phonetic = 0;
  let current: string[] = [];
  scan(xml, {
    open(name) {
      if (name === "si") parts = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && !phonetic) {
        inText = true;
        current = [];
      }
    },
    close(name) {
      if (name === "si") strings.push(parts.join(""));
      else if (name === "rPh") phonetic--;
      else if (name === "t" && inText) {
        inText = false;
        parts.push(unescapeOoxml(current.join("")));
      }
    },
    text(text) {
      if (inText) current.push(text);
    },
  });
  return strings;
}

const unescapeOoxml = (text: string) =>
  text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** ExcelJS's test for a date format: date letters outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<string, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  scan(xml, {
    open(name, attrs) {
      if (name === "numFmt") {
        const a = attributesOf(attrs);
        custom.set(a.numFmtId, a.formatCode);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = attribute(attrs, "numFmtId");
        // ExcelJS looks a format up only for a non-zero id ("0" is a truthy string, so it does).
        const format = id ? (custom.get(id) ?? BUILTIN_FORMATS[id]?.f) : undefined;
        dates.push(isDateFormat(format));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return dates;
}

const xmlDecodeTwice = (text: string) =>
  // ExcelJS decodes the text of t="str" cells once more after the XML parser did.
  text.replace(/&([a-z]*);/g, (c) => {
    const named: Record<string, string> = {
      "&lt;": "<",
      "&gt;": ">",
      "&amp;": "&",
      "&apos;": "'",
      "&quot;": '"',
    };
    return named[c] ?? c;
  });

function excelDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

const ADDRESS = /^\$?([A-Za-z]+)\$?(\d+)$/;

/**
 * The formulas of a row that has none: one shared, frozen row of nulls per length. A million-line
 * ledger otherwise holds a million arrays of nulls (some 150 MB).
 */
const NULL_ROWS: (string | null)[][] = [];
const nullRow = (length: number) =>
  (NULL_ROWS[length] ??= Object.freeze(new Array<null>(length).fill(null)) as (string | null)[]);

/** The formulas of a row padded with nulls to the length of its values. */
function fullLength(formulas: (string | null)[], length: number): (string | null)[] {
  while (formulas.length < length) formulas.push(null);
  return formulas;
}

/** Collects one sheet's cells as the scanner reports them. */
class SheetBuilder implements XmlHandler {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | null)[][] = [];
  private readonly merges: string[] = [];
  /** Shared formulas by si: the master's formula and address. */
  private readonly shared = new Map<string, { formula: string; address: string }>();
  private inSheetData = false;
  private row = 0;
  private rowHasFormula = false;
  private col = -1;
  // The cell being read.
  private address = "";
  private type: string | undefined;
  private style = -1;
  private node: "v" | "f" | "t" | undefined;
  private value: string | undefined;
  private richParts: string[] | undefined;
  private formula: string | undefined;
  private formulaShare: { type?: string; si?: string; ref?: string } | undefined;
  private inInline = false;
  private inRun = false;
  private phonetic = 0;

  constructor(
    private readonly name: string,
    private readonly strings: string[],
    private readonly dateStyles: boolean[],
    private readonly date1904: boolean
  ) {}

  open(name: string, attrs: string): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        return;
      case "row": {
        const r = attribute(attrs, "r");
        this.row = r ? Number(r) : this.row + 1;
        this.col = -1;
        this.rowHasFormula = false;
        return;
      }
      case "c": {
        const r = attribute(attrs, "r");
        if (!r || !this.plainAddress(r)) {
          const match = r ? ADDRESS.exec(r) : null;
          if (match) {
            this.col = columnIndex(match[1]);
            this.row = Number(match[2]);
            this.address = r!.replace(/\$/g, "").toUpperCase();
          } else {
            this.col++;
            this.address = `${columnName(this.col)}${this.row}`;
          }
        }
        this.type = attribute(attrs, "t");
        const s = attribute(attrs, "s");
        this.style = s ? parseInt(s, 10) : -1;
        this.value = undefined;
        this.richParts = undefined;
        this.formula = undefined;
        this.formulaShare = undefined;
        this.node = undefined;
        return;
      }
      case "v":
        this.node = "v";
        return;
      case "f":
        this.node = "f";
        this.formulaShare = {
          type: attribute(attrs, "t"),
          si: attribute(attrs, "si"),
          ref: attribute(attrs, "ref"),
        };
        return;
      case "is":
        this.inInline = true;
        return;
      case "r":
        if (this.inInline) {
          this.inRun = true;
          this.richParts ??= [];
          this.richParts.push("");
        }
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "t":
        if (this.inInline && !this.phonetic) this.node = "t";
        return;
      case "mergeCell": {
        const ref = attribute(attrs, "ref");
        if (ref) this.merges.push(ref);
        return;
      }
      default:
        return;
    }
  }

  /**
   * A cell reference such as "B12" (upper-case letters, digits, no "$": what Excel writes) read
   * without a regex or new strings; false, changing nothing, for any other form.
   */
  private plainAddress(r: string): boolean {
    let col = 0;
    let p = 0;
    for (; p < r.length && p < 3; p++) {
      const c = r.charCodeAt(p);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    if (p === 0 || p === r.length || r.length - p > 7) return false;
    let row = 0;
    for (let q = p; q < r.length; q++) {
      const c = r.charCodeAt(q);
      if (c < 48 || c > 57) return false;
      row = row * 10 + (c - 48);
    }
    this.col = col - 1;
    this.row = row;
    this.address = r;
    return true;
  }

  text(text: string): void {
    switch (this.node) {
      case "v":
        this.value = this.value === undefined ? text : this.value + text;
        return;
      case "f":
        this.formula = this.formula === undefined ? text : this.formula + text;
        return;
      case "t":
        if (this.inRun && this.richParts) this.richParts[this.richParts.length - 1] += text;
        else this.value = this.value === undefined ? text : this.value + text;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "sheetData":
        this.inSheetData = false;
        return;
      case "v":
      case "f":
      case "t":
        this.node = undefined;
        return;
      case "r":
        if (this.inRun && this.richParts) {
          const i = this.richParts.length - 1;
          this.richParts[i] = unescapeOoxml(this.richParts[i]);
        }
        this.inRun = false;
        return;
      case "is":
        this.inInline = false;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "c":
        if (this.inSheetData) this.finishCell();
        return;
      case "row":
        if (this.inSheetData) this.finishRow();
        return;
      default:
        return;
    }
  }

  private finishCell(): void {
    const share = this.formulaShare;
    const isFormula = Boolean(this.formula) || Boolean(share?.type);
    let value: CellValue = null;
    let formula: string | null = null;
    const isDate = this.style >= 0 && this.dateStyles[this.style];
    const raw = this.value;
    if (isFormula) {
      if (raw) {
        if (this.type === "str") value = xmlDecodeTwice(raw);
        else if (this.type === "b") value = parseInt(raw, 10) !== 0;
        else if (this.type === "e") value = raw;
        else {
          const n = parseFloat(raw);
          value = isDate ? excelDate(n, this.date1904) : finite(n);
        }
      }
      // ExcelJS's cell.value leaves out a falsy result: a cached 0, FALSE or "" reads as empty.
      if (!value) value = null;
      formula = this.formula || null;
      if (share?.type === "shared" && share.si !== undefined) {
        if (share.ref && this.formula)
          this.shared.set(share.si, { formula: this.formula, address: this.address });
        else if (!share.ref) {
          const master = this.shared.get(share.si);
          formula = master ? slideFormula(master.formula, master.address, this.address) : null;
        }
      }
    } else if (this.richParts) {
      value = this.richParts.join("");
    } else if (raw !== undefined) {
      switch (this.type) {
        case "s":
          value = this.strings[parseInt(raw, 10)] ?? "";
          break;
        case "str":
          value = xmlDecodeTwice(raw);
          break;
        case "inlineStr":
          value = raw;
          break;
        case "b":
          value = parseInt(raw, 10) !== 0;
          break;
        case "e":
          value = raw;
          break;
        default: {
          const n = parseFloat(raw);
          value = isDate ? excelDate(n, this.date1904) : finite(n);
        }
      }
    }
    if (value === null && formula === null) return;
    const r = this.row - 1;
    const c = this.col;
    const values = this.values;
    while (values.length <= r) {
      values.push([]);
      this.formulas.push([]);
    }
    const vr = values[r];
    let fr = this.formulas[r];
    // A row seen again (not in a file Excel writes) after its formulas were shared.
    if (Object.isFrozen(fr)) fr = this.formulas[r] = [...fr];
    while (vr.length < c) vr.push(null);
    vr[c] = value;
    // A row's formulas are filled in only as far as its last formula (most rows have none); they
    // are made as long as its values when the row ends (finishRow) or the sheet does (finish).
    if (formula !== null || c < fr.length) {
      if (formula !== null) this.rowHasFormula = true;
      while (fr.length < c) fr.push(null);
      fr[c] = formula;
    }
  }

  /** A row's arrays at their final size: pushing leaves them about twice as large as needed. */
  private finishRow(): void {
    const r = this.row - 1;
    const vr = this.values[r];
    if (!vr || Object.isFrozen(this.formulas[r])) return;
    this.values[r] = vr.slice();
    this.formulas[r] = this.rowHasFormula
      ? fullLength(this.formulas[r], vr.length).slice()
      : nullRow(vr.length);
  }

  finish(): SheetSnapshot {
    // Rows whose cells ended outside their row element (not in a file Excel writes).
    this.formulas.forEach((fr, r) => {
      if (fr.length < this.values[r].length && !Object.isFrozen(fr))
        fullLength(fr, this.values[r].length);
    });
    const merges = this.merges.map((ref) => parseRange(ref));
    // A merged area's value is in its first cell only (the others are dropped, as ExcelJS does).
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom && r < this.values.length; r++) {
        const vr = this.values[r];
        const fr = (this.formulas[r] = [...this.formulas[r]]);
        for (let c = m.left; c <= m.right && c < vr.length; c++) {
          if (r === m.top && c === m.left) continue;
          vr[c] = null;
          fr[c] = null;
        }
        while (vr.length && vr[vr.length - 1] === null && fr[fr.length - 1] === null) {
          vr.pop();
          fr.pop();
        }
      }
    }
    while (this.values.length && this.values[this.values.length - 1].length === 0) {
      this.values.pop();
      this.formulas.pop();
    }
    return { name: this.name, values: this.values, formulas: this.formulas, merges };
  }
}
