import { promises as fs } from "fs";
import { entryBytes, zipEntries, ZipEntry } from "./zip";

/**
 * What a workbook holds that ExcelJS 4.4 does not write back, found by the package's part names.
 * Measured (test/integration/bad-inputs/keep.test.ts): cell values and styles, other sheets, merged cells,
 * defined names, data validation, conditional formats, hyperlinks and pictures survive a load and
 * save; charts and comments (批注) do not, nor (by ExcelJS's documentation) pivot tables, slicers,
 * shapes and text boxes, form controls, threaded comments, external links and macros.
 *
 * Commands never write over an input file; a new file made from one says what it lacks, and a write
 * that would replace a file holding such parts (init --force) is refused.
 */
const UNKEPT: { part: RegExp; label: string }[] = [
  { part: /^xl\/charts\/chart\d*\.xml$/, label: "图表" },
  { part: /^xl\/comments\d*\.xml$/, label: "批注" },
  { part: /^xl\/chartsheets\/sheet\d*\.xml$/, label: "图表工作表" },
  { part: /^xl\/pivotTables\/pivotTable\d*\.xml$/, label: "数据透视表" },
  { part: /^xl\/slicers\/slicer\d*\.xml$/, label: "切片器" },
  { part: /^xl\/timelines\/timeline\d*\.xml$/, label: "日程表" },
  { part: /^xl\/ctrlProps\/ctrlProp\d*\.xml$/, label: "表单控件" },
  { part: /^xl\/threadedComments\/threadedComment\d*\.xml$/, label: "新版批注（对话式）" },
  { part: /^xl\/externalLinks\/externalLink\d*\.xml$/, label: "外部链接" },
  { part: /^xl\/vbaProject\.bin$/, label: "宏" },
  { part: /^xl\/dialogsheets\//, label: "对话框工作表" },
];

/** Drawings hold pictures (kept) and shapes (lost); a shape shows as <xdr:sp>. */
const SHAPE = /<xdr:sp[\s>]/;

/** "图表 2 个、形状或文本框" — what would be lost; empty when everything is kept. */
export async function unkeptParts(data: Uint8Array): Promise<string[]> {
  // Our own zip directory reader: loading jszip (and pako) costs more than a whole check.
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(buffer);
  } catch {
    return [];
  }
  const counts = new Map<string, number>();
  const names = [...entries.keys()];
  for (const name of names) {
    const kind = UNKEPT.find((u) => u.part.test(name));
    if (kind) counts.set(kind.label, (counts.get(kind.label) ?? 0) + 1);
  }
  for (const name of names.filter((n) => /^xl\/drawings\/drawing\d*\.xml$/.test(n))) {
    let xml: string | undefined;
    try {
      xml = entryBytes(buffer, entries.get(name)!).toString("utf8");
    } catch {
      xml = undefined;
    }
    if (xml && SHAPE.test(xml)) {
      counts.set("形状或文本框", 1);
      break;
    }
  }
  return [...counts].map(([label, n]) => (n > 1 ? `${label} ${n} 个` : label));
}

export async function unkeptPartsOfFile(file: string): Promise<string[]> {
  return unkeptParts(await fs.readFile(file));
}
