import type ExcelJS from "exceljs";
import { UserError } from "../core/errors";
import type {
  SheetPlan,
  SheetSnapshot,
  WorkbookPort,
  WorkbookRead,
  WriteOptions,
} from "../core/workbook";
import { loadWorkbook, readXlsxBytes } from "./file";
import { ExcelJsPort } from "./port";
import { XlsxReader } from "./reader";

/**
 * WorkbookPort over an .xlsx file. Reads come straight from the file (XlsxReader: only the sheets
 * asked for); the first write loads the whole workbook with ExcelJS, which keeps styles, and from
 * then on reads and writes go to that in-memory workbook. So check, narrate and lint never pay for
 * a full load, and a command that writes pays once.
 */
export class XlsxFilePort implements WorkbookPort {
  private full?: ExcelJsPort;

  /**
   * Tests set this (test/helpers/verifyReads.ts) so that every read of every workbook a test
   * touches is also done by a full ExcelJS load and must come out identical.
   */
  static verifyAgainstFullLoad = false;

  private constructor(
    readonly file: string,
    private readonly data: Buffer,
    readonly reader: XlsxReader
  ) {}

  static async open(file: string): Promise<XlsxFilePort> {
    const data = await readXlsxBytes(file);
    const reader = XlsxReader.open(file, data);
    if (reader.sheetNames.length === 0) throw new UserError(`「${file}」中没有任何工作表`);
    return new XlsxFilePort(file, data, reader);
  }

  async read(names: readonly string[]): Promise<WorkbookRead> {
    if (this.full) return this.full.read(names);
    const sheets: SheetSnapshot[] = [];
    for (const name of names) {
      const sheet = await this.reader.snapshot(name);
      if (sheet) sheets.push(sheet);
    }
    const read = { sheetNames: this.reader.sheetNames, sheets };
    if (XlsxFilePort.verifyAgainstFullLoad) await this.verify(names, read);
    return read;
  }

  private async verify(names: readonly string[], fast: WorkbookRead): Promise<void> {
    const full = await new ExcelJsPort(await loadWorkbook(this.file, this.data)).read(names);
    if (JSON.stringify(full) !== JSON.stringify(fast)) {
      const sheet = full.sheets.find(
        (s, i) => JSON.stringify(s) !== JSON.stringify(fast.sheets[i])
      )?.name;
      throw new Error(`快速读取与 ExcelJS 完整加载结果不同：「${this.file}」${sheet ?? "工作表列表"}`);
    }
  }

  async write(plans: readonly SheetPlan[], options?: WriteOptions): Promise<void> {
    await (await this.loaded()).write(plans, options);
  }

  /** The workbook loaded in full with ExcelJS (once), e.g. to save it after writing. */
  async workbook(): Promise<ExcelJS.Workbook> {
    return (await this.loaded()).workbook;
  }

  private async loaded(): Promise<ExcelJsPort> {
    this.full ??= new ExcelJsPort(await loadWorkbook(this.file, this.data));
    return this.full;
  }
}
