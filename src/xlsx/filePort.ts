import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { UserError } from "../core/errors";
import type {
  SheetPlan,
  SheetSnapshot,
  WorkbookPort,
  WorkbookRead,
  WriteOptions,
} from "../core/workbook";
import { checkWritable, describeFsError, loadWorkbook, readXlsxBytes, WritePolicy } from "./file";
import type { HeldSheet, Splice } from "./held";
import { META_SHEET, readMetaSheet, WorkbookMeta } from "../core/workbook/meta";
import { CalculatedScope, refuseUncalculated, sheetsNeedingResults } from "./calculated";
import { refuseOverlongTexts } from "./limits";
import { ExcelJsPort } from "./port";
import { XlsxReader } from "./reader";
import { entryBytes, zipEntries } from "./zip";
import type { ZipFileWriter } from "./zipWrite";

// Needed only when writing: check, narrate and lint never load them.
const holding = (): typeof import("./held") => require("./held");
const direct = (): typeof import("./directWrite") => require("./directWrite");
const zipWrite = (): typeof import("./zipWrite") => require("./zipWrite");

interface SplicePlan {
  /** Output sheet part → the held sheet and how it goes back. */
  sheets: Map<string, [HeldSheet, Splice]>;
  /** Output parts replaced whole (the shared strings). */
  replaced: Map<string, string>;
}

const emptyPlan = (): SplicePlan => ({ sheets: new Map(), replaced: new Map() });

/** ExcelJS's output, uncompressed: native zlib compresses it several times faster than jszip. */
async function storedBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const options = { zip: { compression: "STORE" } } as Partial<ExcelJS.XlsxWriteOptions>;
  return Buffer.from(await workbook.xlsx.writeBuffer(options));
}

/** Sheets whose XML is larger than this are held out of the ExcelJS load when not written. */
export const HOLD_ABOVE_BYTES = 1 << 20;

export interface FilePortOptions {
  /** Hold sheets larger than this many bytes of XML (see held.ts); Infinity never holds. */
  holdAboveBytes?: number;
  /**
   * Refuse a read that returns formulas saved without a result (see calculated.ts): the CLI cannot
   * calculate, and such a cell would read as 0. "inputs": only in the input sheets (fill).
   */
  calculated?: CalculatedScope;
  /** Refuse a read that returns a text longer than an Excel cell holds (fill copies inputs back). */
  textLimit?: boolean;
  /**
   * Write the planned sheets' XML ourselves and copy every other part as stored (directWrite.ts);
   * default true. false: through ExcelJS with large sheets held (the path before; tests compare).
   */
  direct?: boolean;
}

/**
 * WorkbookPort over an .xlsx file. Reads come straight from the file (XlsxReader: only the sheets
 * asked for). Writes are kept as plans; `save` writes the planned sheets' XML itself and copies every
 * other part of the file as stored (directWrite.ts), so fill and check -o never load ExcelJS.
 *
 * Where that cannot be done (a read after a write, the ExcelJS workbook asked for, a package laid out
 * otherwise), the workbook is loaded with ExcelJS, which keeps styles, but without the rows of large
 * sheets the write leaves alone (the ledger when filling): `save` streams those rows back from the
 * original file (held.ts).
 */
export class XlsxFilePort implements WorkbookPort {
  private full?: ExcelJsPort;
  private meta?: { record: WorkbookMeta | undefined };
  private held: HeldSheet[] = [];
  private readonly writes: [readonly SheetPlan[], WriteOptions | undefined][] = [];
  /** The sheets whose rows the last `save` copied from the original file (for tests and the bench). */
  savedHeld: string[] = [];
  /** Whether the last `save` wrote the sheets itself, without ExcelJS (for tests and the bench). */
  savedDirect = false;

  /**
   * Tests set this (test/helpers/verifyReads.ts) so that every read of every workbook a test
   * touches is also done by a full ExcelJS load and must come out identical.
   */
  static verifyAgainstFullLoad = false;

  private constructor(
    readonly file: string,
    private readonly data: Buffer,
    readonly reader: XlsxReader,
    private readonly options: FilePortOptions
  ) {}

  static async open(file: string, options: FilePortOptions = {}): Promise<XlsxFilePort> {
    const data = await readXlsxBytes(file);
    const reader = XlsxReader.open(file, data);
    if (reader.sheetNames.length === 0) throw new UserError(`「${file}」中没有任何工作表`);
    return new XlsxFilePort(file, data, reader, options);
  }

  async read(names: readonly string[]): Promise<WorkbookRead> {
    // What was written is known to ExcelJS only.
    if (!this.full && this.writes.length) await this.loadWithWrites();
    const fromFile = async (name: string) => this.reader.snapshot(name);
    let read: WorkbookRead;
    if (this.full) {
      // Held sheets are empty in the ExcelJS workbook; their rows are still those of the file.
      const loaded = await this.full.read(names);
      const sheets: SheetSnapshot[] = [];
      for (const sheet of loaded.sheets) {
        const held = this.held.some((h) => h.name === sheet.name);
        sheets.push(held ? ((await fromFile(sheet.name)) ?? sheet) : sheet);
      }
      read = { sheetNames: loaded.sheetNames, sheets };
    } else {
      const sheets: SheetSnapshot[] = [];
      for (const name of names) {
        const sheet = await fromFile(name);
        if (sheet) sheets.push(sheet);
      }
      read = { sheetNames: this.reader.sheetNames, sheets };
      if (XlsxFilePort.verifyAgainstFullLoad) await this.verify(names, read);
    }
    await this.refuseUnreadable(read.sheets);
    return read;
  }

  /** What the options ask to refuse in the sheets just read (checked where they are read: once). */
  private async refuseUnreadable(sheets: readonly SheetSnapshot[]): Promise<void> {
    const { calculated, textLimit } = this.options;
    if (textLimit) refuseOverlongTexts(this.file, sheets);
    if (!calculated) return;
    this.meta ??= { record: readMetaSheet(await this.reader.snapshot(META_SHEET)) };
    const needing = sheetsNeedingResults(sheets, calculated, this.meta.record);
    await refuseUncalculated(this.file, needing, this.reader);
  }

  async write(plans: readonly SheetPlan[], options?: WriteOptions): Promise<void> {
    this.writes.push([plans, options]);
    if (this.full) await this.full.write(plans, options);
    else if (this.options.direct === false) await this.loadWithWrites();
  }

  /** ExcelJS's workbook (large unwritten sheets held) with the writes so far. */
  private async loadWithWrites(): Promise<void> {
    const plans = this.writes.flatMap(([p]) => p);
    const remove = this.writes.flatMap(([, o]) => o?.remove ?? []);
    const full = await this.loadLean(plans, { remove });
    for (const [p, o] of this.writes) await full.write(p, o);
    this.full = full;
  }

  /** All writes as one: the last plan of each sheet, in the order first written. */
  private combinedWrites(): [SheetPlan[], WriteOptions] {
    const plans = new Map<string, SheetPlan>();
    const options: WriteOptions = {};
    for (const [p, o] of this.writes) {
      for (const plan of p) plans.set(plan.name, plan);
      if (o?.activate !== undefined) options.activate = o.activate;
      if (o?.remove?.length) options.remove = [...(options.remove ?? []), ...o.remove];
    }
    return [[...plans.values()], options];
  }

  /** The workbook loaded in full with ExcelJS, with every write so far (held rows included). */
  async workbook(): Promise<ExcelJS.Workbook> {
    if (!this.full || this.held.length) await this.loadFull();
    return this.full!.workbook;
  }

  /** Writes the workbook to `file` (through a temporary file, renamed into place). */
  async save(file: string, options: WritePolicy = {}): Promise<void> {
    await checkWritable(file, options);
    this.savedDirect = false;
    if (!this.full && this.writes.length) {
      const plan = direct().planDirectWrite(this.reader, ...this.combinedWrites());
      if (plan) {
        this.savedHeld = [];
        this.savedDirect = true;
        await writeThrough(file, (writer) => direct().writeDirect(writer, this.reader, plan));
        return;
      }
      await this.loadWithWrites();
    }
    if (!this.full) await this.workbook();
    let output = await storedBuffer(this.full!.workbook);
    let plan = this.held.length ? this.splicePlan(output) : emptyPlan();
    if (!plan) {
      await this.loadFull();
      output = await storedBuffer(this.full!.workbook);
      plan = emptyPlan();
    }
    this.savedHeld = this.held.map((h) => h.name);
    await writeThrough(file, (writer) => this.writeZip(writer, output!, plan!));
  }

  private async loadLean(
    plans: readonly SheetPlan[],
    options: WriteOptions | undefined
  ): Promise<ExcelJsPort> {
    const limit = this.options.holdAboveBytes ?? HOLD_ABOVE_BYTES;
    const written = new Set([...plans.map((p) => p.name), ...(options?.remove ?? [])]);
    for (const name of this.reader.sheetNames) {
      const entry = this.reader.entries.get(this.reader.sheetPath(name) ?? "");
      if (written.has(name) || !entry || entry.size <= limit) continue;
      const held = await holding().scanHeld(this.reader, name);
      if (held) this.held.push(held);
    }
    if (!this.held.length) return new ExcelJsPort(await loadWorkbook(this.file, this.data));
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(this.data);
    for (const h of this.held) zip.file(h.path, holding().leanSheetXml(h));
    const lean = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    return new ExcelJsPort(await loadWorkbook(this.file, lean));
  }

  /** Gives up holding: the whole file loaded by ExcelJS, the writes so far done again. */
  private async loadFull(): Promise<void> {
    this.full = new ExcelJsPort(await loadWorkbook(this.file, this.data));
    this.held = [];
    for (const [plans, options] of this.writes) await this.full.write(plans, options);
  }

  /** How the held rows go back into ExcelJS's output; undefined when the output is not as expected. */
  private splicePlan(output: Buffer): SplicePlan | undefined {
    const produced = XlsxReader.open(this.file, output);
    const plan = emptyPlan();
    const original = this.reader.part(this.reader.paths.sharedStrings);
    let offset = 0;
    if (original !== undefined) {
      const current = produced.part(produced.paths.sharedStrings);
      const strings =
        current === undefined ? undefined : holding().appendStrings(current, original);
      if (!strings) return undefined;
      plan.replaced.set(produced.paths.sharedStrings!, strings.xml);
      offset = strings.offset;
    }
    for (const held of this.held) {
      const outPath = produced.sheetPath(held.name);
      const xml = outPath === undefined ? undefined : produced.part(outPath);
      const splice = xml === undefined ? undefined : holding().spliceFor(held, xml, offset);
      if (!splice || !outPath) return undefined;
      plan.sheets.set(outPath, [held, splice]);
    }
    return plan;
  }

  /**
   * Writes ExcelJS's (uncompressed) output as the final archive, deflated by native zlib, with the
   * planned parts replaced and the held rows streamed in.
   */
  private async writeZip(writer: ZipFileWriter, output: Buffer, plan: SplicePlan): Promise<void> {
    const reader = this.reader;
    for (const entry of zipEntries(output).values()) {
      const spliced = plan.sheets.get(entry.name);
      const replaced = plan.replaced.get(entry.name);
      if (spliced) {
        const [held, splice] = spliced;
        await writer.add(
          entry.name,
          (async function* () {
            yield Buffer.from(splice.before, "utf8");
            yield* holding().heldRows(reader, held, splice);
            yield Buffer.from(splice.after, "utf8");
          })()
        );
      } else if (replaced !== undefined) {
        await writer.add(entry.name, [Buffer.from(replaced, "utf8")]);
      } else if (entry.method === 0) {
        await writer.add(entry.name, [entryBytes(output, entry)]);
      } else await writer.copy(output, entry);
    }
  }

  private async verify(names: readonly string[], fast: WorkbookRead): Promise<void> {
    // Where ExcelJS cannot load a file at all there is nothing to compare with.
    const workbook = await loadWorkbook(this.file, this.data).catch(() => undefined);
    if (!workbook) return;
    const full = await new ExcelJsPort(workbook).read(names);
    if (JSON.stringify(full) !== JSON.stringify(fast)) {
      const sheet = full.sheets.find(
        (s, i) => JSON.stringify(s) !== JSON.stringify(fast.sheets[i])
      )?.name;
      throw new Error(
        `快速读取与 ExcelJS 完整加载结果不同：「${this.file}」${sheet ?? "工作表列表"}`
      );
    }
  }
}

/** Writes an archive to `file` through a temporary file renamed into place: never half a workbook. */
async function writeThrough(
  file: string,
  write: (writer: ZipFileWriter) => Promise<void>
): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const writer = await zipWrite().ZipFileWriter.create(temp);
    try {
      await write(writer);
      await writer.close();
    } catch (error) {
      await writer.abandon();
      throw error;
    }
    await fs.rename(temp, file);
  } catch (error) {
    // A temp name the file system refused (too long, say) cannot be removed either.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof UserError) throw error;
    throw new UserError(`无法写入「${file}」：${describeFsError(error)}`);
  }
}
