import type ExcelJS from "exceljs";
import { UserError } from "../core/errors";
import { describeFsError } from "../export/fsErrors";
import { readInputFile } from "../export/inputFile";
import { OutputPolicy, checkOutput, writeOutput } from "../export/outputFile";
import { loadError, otherFormat } from "./recognize";

/**
 * Reading and writing .xlsx files with Chinese messages for what goes wrong. Writes go to a temporary
 * file first and are renamed into place, so a failed write never leaves half a workbook behind.
 */

/** Far above a department's workbook (a 10^6-line ledger is about 40 MB). */
const MAX_WORKBOOK_BYTES = 512 * 1048576;

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(file, await readXlsxBytes(file));
}

/** A file's bytes, once they look like an .xlsx workbook (recognised by content: see recognize.ts). */
export async function readXlsxBytes(file: string): Promise<Buffer> {
  const data = await readInputFile(file, " .xlsx 工作簿", MAX_WORKBOOK_BYTES);
  const wrongType = otherFormat(file, data);
  if (wrongType) throw new UserError(wrongType);
  return data;
}

/** A full ExcelJS load (every sheet, styles included): what writing needs. */
export async function loadWorkbook(file: string, data: Buffer): Promise<ExcelJS.Workbook> {
  // Loaded on first use: requiring ExcelJS alone takes longer than a whole check of the fast path.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw loadError(file, error);
  }
  if (workbook.worksheets.length === 0) throw new UserError(`「${file}」中没有任何工作表`);
  return workbook;
}

/** Writes a workbook through the one output path (src/export/outputFile.ts): .xlsx only. */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  file: string,
  policy: WritePolicy = {}
): Promise<void> {
  const options = xlsxPolicy(policy);
  await checkOutput(file, options);
  await writeOutput(file, Buffer.from(await workbook.xlsx.writeBuffer()), options);
}

/** Refuses an output before the work starts: see checkOutput. */
export function checkWritable(file: string, policy: WritePolicy = {}): Promise<void> {
  return checkOutput(file, xlsxPolicy(policy));
}

/** OutputPolicy for .xlsx; `overwrite` is the older name of `force`. */
export type WritePolicy = Omit<OutputPolicy, "extensions"> & { overwrite?: boolean };

const xlsxPolicy = ({ overwrite, ...policy }: WritePolicy): OutputPolicy => ({
  ...policy,
  force: policy.force ?? overwrite,
  extensions: [".xlsx"],
});

export { describeFsError };
