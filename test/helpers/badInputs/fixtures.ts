// Files the bad-input cases start from: the bundled sample department's inputs and its filled
// workbook, and the ways a real file goes wrong (truncated, renamed, another format, a chart in it).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as path from "path";
import { loadSample, sampleWorkbook } from "../../../src/cli/sample";
import { fillTables } from "../../../src/core/app/fill";
import { ExcelJsPort } from "../../../src/xlsx/port";

export interface Base {
  /** The sample department's input sheets, filled in (as `juesuan demo` writes them). */
  inputs: Buffer;
  /** The same after `juesuan fill` (formulas with stored results). */
  filled: Buffer;
}

export async function makeBase(): Promise<Base> {
  const records = await loadSample();
  const workbook = await sampleWorkbook(records);
  const inputs = Buffer.from(await workbook.xlsx.writeBuffer());
  await fillTables(new ExcelJsPort(workbook), { mode: "formulas", version: "test" });
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());
  return { inputs, filled };
}

/** Loads `data`, lets `edit` change it, returns the saved bytes. */
export async function mutate(
  data: Buffer,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  await edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 0-based row/column of the 收支明细 header and its 金额 and 单位名称 columns. */
export function ledgerLayout(ws: ExcelJS.Worksheet): {
  header: number;
  amount: number;
  unit: number;
} {
  for (let r = 1; r <= 30; r++) {
    const row = ws.getRow(r);
    let amount = 0;
    let unit = 0;
    row.eachCell((cell, c) => {
      const text = String(cell.value ?? "");
      if (text.startsWith("金额")) amount = c;
      if (text === "单位名称") unit = c;
    });
    if (amount) return { header: r, amount, unit };
  }
  throw new Error("收支明细 header not found");
}

/** Rewrites one zip entry through `edit` (raw XML changes ExcelJS would not write). */
export async function editZip(
  data: Buffer,
  edit: (zip: JSZip) => Promise<void> | void
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) throw new Error(`sheet ${name} not found`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/**
 * Adds a bar chart to sheet `name` (drawing + chart parts, as Excel writes them): what a clerk's
 * own chart beside the input sheets looks like in the package.
 */
export async function withChart(data: Buffer, name: string): Promise<Buffer> {
  return editZip(data, async (zip) => {
    const sheet = await sheetPath(zip, name);
    const relsPath = sheet.replace(/worksheets\//, "worksheets/_rels/") + ".rels";
    const ref = `'${name}'!$A$1:$A$3`;
    zip.file(
      "xl/charts/chart1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`
    );
    zip.file(
      "xl/drawings/drawing9.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
    );
    zip.file(
      "xl/drawings/_rels/drawing9.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`
    );
    const existing = await zip.file(relsPath)?.async("string");
    const rel = `<Relationship Id="rIdChart9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/>`;
    zip.file(
      relsPath,
      existing
        ? existing.replace("</Relationships>", `${rel}</Relationships>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
    );
    const xml = (await zip.file(sheet)?.async("string")) ?? "";
    zip.file(
      sheet,
      xml.replace(
        "</worksheet>",
        `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart9"/></worksheet>`
      )
    );
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
      )
    );
  });
}

/** A minimal OpenDocument spreadsheet package (mimetype first, stored), as LibreOffice writes. */
export async function odsFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file(
    "content.xml",
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>`
  );
  zip.file(
    "META-INF/manifest.xml",
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The OLE compound-file header of .xls / .doc / encrypted .xlsx, with a stream name inside. */
export function oleFile(stream: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from(stream, "utf16le"),
    Buffer.alloc(1024),
  ]);
}

export async function docxFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types/>`);
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document/>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function writeAll(dir: string, files: Record<string, Buffer | string>): Promise<void> {
  for (const [name, data] of Object.entries(files)) await fs.writeFile(path.join(dir, name), data);
}
