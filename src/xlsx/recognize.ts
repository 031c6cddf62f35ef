import { UserError } from "../core/errors";

/**
 * What a file that is not an .xlsx workbook is, told by its content rather than its name, with the
 * advice to save it as .xlsx; and ExcelJS's load errors ("Corrupted zip…", "2:847: disallowed
 * character.") said in Chinese.
 */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SAVE_AS = "请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再试";

/** A Chinese message when `data` is not an .xlsx workbook by its first bytes; undefined otherwise. */
export function otherFormat(file: string, data: Buffer): string | undefined {
  if (data.length === 0) return `「${file}」是空文件，不是 Excel 工作簿`;
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    // Old binary Office files and password-protected .xlsx share the OLE container.
    if (data.includes(Buffer.from("EncryptedPackage", "utf16le")))
      return `「${file}」设有打开密码：请在 Excel 中取消密码（文件→信息→保护工作簿），另存后再试`;
    if (data.includes(Buffer.from("WordDocument", "utf16le")))
      return `「${file}」是旧版 Word 文档（.doc），不是 Excel 工作簿`;
    return `「${file}」是旧版 Excel 97-2003 格式（.xls），或设有打开密码：请在 Excel 或 WPS 中打开（取消密码），“另存为” Excel 工作簿（.xlsx）后再试`;
  }
  const head = data.subarray(0, 200).toString("latin1");
  if (/^<\?xml|^\s*<(html|!DOCTYPE|table)/i.test(head)) {
    return `「${file}」是网页或 XML 格式的表格（常见于系统导出的“.xls”），不是 .xlsx 工作簿：${SAVE_AS}`;
  }
  if (head.startsWith("%PDF")) return `「${file}」是 PDF 文件，不是 Excel 工作簿`;
  if (!data.subarray(0, 4).equals(ZIP_MAGIC))
    return `「${file}」不是 Excel 工作簿（.xlsx）文件：${SAVE_AS}`;
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
    return `「${file}」是 OpenDocument 表格（.ods）：${SAVE_AS}`;
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument"))
    return `「${file}」是 OpenDocument 文档，不是 Excel 工作簿`;
  // Zip entry names are stored in clear text: a renamed Word or PowerPoint file says what it is.
  if (!data.includes("xl/workbook.xml")) {
    if (data.includes("word/document.xml"))
      return `「${file}」是Word 文档（可能被改成了 .xlsx 扩展名），不是 Excel 工作簿`;
    if (data.includes("ppt/presentation.xml"))
      return `「${file}」是PowerPoint 演示文稿（可能被改成了 .xlsx 扩展名），不是 Excel 工作簿`;
    if (data.includes("xl/workbook.bin"))
      return `「${file}」是 Excel 二进制工作簿（.xlsb）：${SAVE_AS}`;
    if (data.includes("Index/Document.iwa"))
      return `「${file}」是 Numbers 表格：请导出为 Excel 工作簿（.xlsx）后再试`;
    return `「${file}」不是有效的 Excel 工作簿（.xlsx）：压缩包中没有工作簿内容。${SAVE_AS}`;
  }
  return undefined;
}

/** ExcelJS could not load the file: what that means for the clerk, without the library's text. */
export function loadError(file: string, error: unknown): UserError {
  const text = String((error as Error)?.message ?? error);
  const what =
    /zip|central directory|signature|inflate|deflate|invalid (?:code|distance|block)|end of data|crc/i.test(
      text
    )
      ? "压缩包结构损坏（文件可能没有下载或复制完整）"
      : /^\d+:\d+:|xml|sax|unclosed|unexpected|disallowed|attribute|tag/i.test(text)
        ? "文件内部的 XML 数据损坏或不完整"
        : "文件内容无法解析";
  return new UserError(
    `「${file}」不是有效的 Excel 工作簿（.xlsx）：${what}。请在 Excel 或 WPS 中打开，确认内容完整后另存为 .xlsx 再试`
  );
}
