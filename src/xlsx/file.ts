import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { UserError } from "../core/errors";

/**
 * Reading and writing .xlsx files with Chinese messages for what goes wrong. Writes go to a temporary
 * file first and are renamed into place, so a failed write never leaves half a workbook behind.
 */

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(file, await readXlsxBytes(file));
}

/** A file's bytes, once they look like an .xlsx workbook (a zip with xl/workbook.xml). */
export async function readXlsxBytes(file: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    throw new UserError(`无法读取「${file}」：${describeFsError(error)}`);
  }
  if (data.length === 0) throw new UserError(`「${file}」是空文件，不是 Excel 工作簿`);
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new UserError(
      `「${file}」设有打开密码，或是旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx 后再试`
    );
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC))
    throw new UserError(`「${file}」不是 Excel 工作簿（.xlsx）文件`);
  // Zip entry names are stored in clear text: a renamed Word or PowerPoint file says what it is.
  const other = data.includes("word/document.xml")
    ? "Word 文档"
    : data.includes("ppt/presentation.xml")
      ? "PowerPoint 演示文稿"
      : undefined;
  if (other && !data.includes("xl/workbook.xml")) {
    throw new UserError(`「${file}」是${other}（可能被改成了 .xlsx 扩展名），不是 Excel 工作簿`);
  }
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
    throw new UserError(
      `「${file}」不是有效的 Excel 工作簿（.xlsx）：可能是改了扩展名的其他文件（如 .docx），或文件已损坏`,
      [String((error as Error).message ?? error)]
    );
  }
  if (workbook.worksheets.length === 0) throw new UserError(`「${file}」中没有任何工作表`);
  return workbook;
}

export interface WriteFileOptions {
  /** Replace an existing file. Without it an existing file is an error: we never clobber data silently. */
  overwrite?: boolean;
}

export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  file: string,
  options: WriteFileOptions = {}
): Promise<void> {
  await checkWritable(file, options);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, buffer);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new UserError(`无法写入「${file}」：${describeFsError(error)}`);
  }
}

export async function checkWritable(file: string, options: WriteFileOptions = {}): Promise<void> {
  if (!/\.xlsx$/i.test(file)) throw new UserError(`输出文件「${file}」应以 .xlsx 结尾`);
  const dir = path.dirname(path.resolve(file));
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory())
      throw new UserError(`「${dir}」不是文件夹，无法在其中写入「${path.basename(file)}」`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`无法写入「${file}」：文件夹「${dir}」不存在`);
  }
  try {
    await fs.access(dir, (await import("fs")).constants.W_OK);
  } catch {
    throw new UserError(`无法写入「${file}」：没有文件夹「${dir}」的写入权限`);
  }
  const exists = await fs.stat(file).then(
    () => true,
    () => false
  );
  if (exists && !options.overwrite) {
    throw new UserError(`「${file}」已存在。为免覆盖已有数据，请换一个文件名，或加 --force 覆盖`);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "文件或文件夹不存在";
    case "EACCES":
    case "EPERM":
      return "没有访问权限";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EROFS":
      return "所在磁盘为只读";
    case "EBUSY":
      return "文件正被其他程序占用（如已在 Excel 中打开），请关闭后再试";
    default:
      return (error as Error)?.message ?? String(error);
  }
}
