import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  HeadingLevel,
  ImageRun,
  ISectionOptions,
  LineRuleType,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { chartSvg, ChartData } from "../core/charts";
import { CHART_HEIGHT, CHART_WIDTH } from "../core/charts/svg";
import type { DocumentCell, DocumentTable, PublishedDocument } from "../core/publish/document";
import {
  A4_PAGE,
  bodyParagraph,
  font,
  INDENT_2_CHARS,
  LINE,
  narrativeParagraphs,
  pageNumberFooter,
  SIZE_2,
  SIZE_3,
} from "./docx";

/**
 * The published 部门决算 as one Word document, in the style of the 情况说明 export (GB/T 9704): title
 * page, 目录, 第一部分 概况, 第二部分 the tables (each on its own page, landscape when wide, header rows
 * repeated), 第三部分 情况说明 with the charts, 第四部分 名词解释, 落款.
 */
const SIZE_TABLE = 21; // 五号 10.5 pt
const TEXT_WIDTH_PORTRAIT = A4_PAGE.size.width - A4_PAGE.margin.left - A4_PAGE.margin.right;
const TEXT_WIDTH_LANDSCAPE = A4_PAGE.size.height - 1440 * 2;
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1440, right: 1440 };

export interface PublishWordOptions {
  /** 落款 date, as printed ("2022年9月"); omitted when not given. */
  date?: string;
  /**
   * PNG of each chart by key, drawn by the caller from the core SVG: resvg in Node (export/png.ts),
   * the browser's canvas in the task pane. A chart without an image is left out.
   */
  images: ReadonlyMap<string, Uint8Array>;
}

/** Chart drawings at twice the layout size (sharp when printed). */
export const CHART_SCALE = 2;

/** Each chart's PNG, drawn by `rasterize` from the one SVG definition (charts/svg.ts). */
export async function chartImages(
  charts: readonly ChartData[],
  rasterize: (svg: string, width: number, height: number) => Promise<Uint8Array>
): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  for (const chart of charts)
    images.set(
      chart.key,
      await rasterize(chartSvg(chart), CHART_WIDTH * CHART_SCALE, CHART_HEIGHT * CHART_SCALE)
    );
  return images;
}

export function publishedWordDocument(
  doc: PublishedDocument,
  options: PublishWordOptions
): Document {
  const portrait = (children: FileChild[]): ISectionOptions => ({
    properties: { page: A4_PAGE },
    footers: { default: pageNumberFooter() },
    children,
  });
  const sections: ISectionOptions[] = [
    portrait([...titlePage(doc), ...contents()]),
    portrait([...overview(doc)]),
  ];
  doc.tables.forEach((table, i) => {
    const heading = i === 0 ? [part(`第二部分 ${doc.year}年度部门决算表`)] : [];
    const tail = i === doc.tables.length - 1 && doc.tailNote ? [small(doc.tailNote)] : [];
    const children = [...heading, ...tableBlock(doc, table), ...tail];
    sections.push(
      table.wide
        ? {
            properties: {
              page: {
                size: { ...A4_PAGE.size, orientation: PageOrientation.LANDSCAPE },
                margin: LANDSCAPE_MARGIN,
              },
            },
            footers: { default: pageNumberFooter() },
            children,
          }
        : portrait(children)
    );
  });
  sections.push(
    portrait([
      ...narrativeWithCharts(doc, options.images),
      ...glossary(doc),
      ...signature(doc, options),
    ])
  );
  return new Document({
    creator: "juesuan",
    title: doc.title,
    features: { updateFields: false },
    styles: {
      default: {
        document: { run: { font: font("仿宋_GB2312"), size: SIZE_3 } },
        heading1: {
          run: { font: font("黑体"), size: SIZE_3, bold: false, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
        },
        heading2: {
          run: { font: font("黑体"), size: SIZE_3, bold: false, color: "000000" },
          paragraph: { spacing: { before: 120, after: 120 } },
        },
      },
    },
    sections,
  });
}

const part = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, text });
const subheading = (text: string, centred = false) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: centred ? undefined : { firstLine: INDENT_2_CHARS },
    text,
  });
const small = (text: string) =>
  new Paragraph({
    spacing: { before: 120 },
    children: [new TextRun({ text, font: font("仿宋_GB2312"), size: SIZE_TABLE })],
  });

function titlePage(doc: PublishedDocument): Paragraph[] {
  const line = (text: string, size: number, name: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, line: LINE * 1.5, lineRule: LineRuleType.AT_LEAST },
      children: [new TextRun({ text, font: font(name), size })],
    });
  return [
    line(doc.department, SIZE_2, "方正小标宋简体", 4000),
    line(`${doc.year}年度部门决算`, SIZE_2 + 8, "方正小标宋简体", 400),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The 目录: a Word TOC field over the part and table headings, written with its entries. */
function contents(): FileChild[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: "目  录", font: font("黑体"), size: SIZE_2 })],
    }),
    new TableOfContents("目录", { hyperlink: true, headingStyleRange: "1-2" }),
  ];
}

function overview(doc: PublishedDocument): FileChild[] {
  const units = doc.units.length ? doc.units : [{ name: doc.department, type: undefined }];
  return [
    part("第一部分 部门概况"),
    subheading("一、主要职能"),
    ...(doc.duties.length
      ? doc.duties.map(bodyParagraph)
      : [bodyParagraph("【请在“补充信息”表的“主要职能”中填写本部门的主要职能】")]),
    subheading("二、单位构成"),
    bodyParagraph(`纳入本部门${doc.year}年度部门决算编制范围的单位共${units.length}个，具体包括：`),
    wordTable(
      [
        ["序号", "单位名称", "单位性质"].map((text) => cell(text, "center", true)),
        ...units.map((u, i) => [
          cell(String(i + 1), "center"),
          cell(u.name, "left"),
          cell(u.type ?? "", "center"),
        ]),
      ],
      [8, 40, 24],
      TEXT_WIDTH_PORTRAIT,
      1
    ),
    ...staff(doc),
  ];
}

/** The 人员 sentences the narrative puts before 第三部分, as 三、人员情况 of 第一部分. */
function staff(doc: PublishedDocument): Paragraph[] {
  const body = doc.narrative.paragraphs
    .slice(0, partStart(doc))
    .filter((p) => !p.paragraph.heading && p.text.trim());
  return body.length ? [subheading("三、人员情况"), ...body.map((p) => bodyParagraph(p.text))] : [];
}

function tableBlock(doc: PublishedDocument, table: DocumentTable): FileChild[] {
  const width = table.wide ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH_PORTRAIT;
  return [
    subheading(`${table.code} ${table.title}`, true),
    new Paragraph({
      spacing: { after: 60 },
      tabStops: [{ type: "right", position: width }],
      children: [
        new TextRun({ text: `部门：${doc.department}`, font: font("宋体"), size: SIZE_TABLE }),
        new TextRun({ text: `\t金额单位：${doc.unitLabel}`, font: font("宋体"), size: SIZE_TABLE }),
      ],
    }),
    wordTable(
      table.rows.map((row) => row.map((c) => documentCell(c))),
      table.widths,
      width,
      table.headerRows
    ),
    ...(table.note ? [small(table.note)] : []),
    ...(table.emptyNote ? [small(table.emptyNote)] : []),
  ];
}

function cell(text: string, align: DocumentCell["align"], bold = false): TableCell {
  return documentCell({ text, align, bold, colSpan: 1, rowSpan: 1 });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function documentCell(c: DocumentCell): TableCell {
  return new TableCell({
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: ALIGN[c.align],
        indent: c.indent ? { left: c.indent * SIZE_TABLE * 10 } : undefined,
        children: [
          new TextRun({ text: c.text, font: font("宋体"), size: SIZE_TABLE, bold: c.bold }),
        ],
      }),
    ],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function wordTable(
  rows: TableCell[][],
  widths: readonly number[],
  totalWidth: number,
  headerRows: number
): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.floor((w / sum) * totalWidth));
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: rows.map(
      (children, i) => new TableRow({ children, tableHeader: i < headerRows, cantSplit: true })
    ),
  });
}

/** 第三部分, each chart after the section it illustrates. */
function narrativeWithCharts(
  doc: PublishedDocument,
  images: ReadonlyMap<string, Uint8Array>
): FileChild[] {
  const paragraphs = narrativeParagraphs(doc.narrative, part);
  const ids = doc.narrative.paragraphs.map((p) => p.paragraph.id);
  const out: FileChild[] = [];
  const start = partStart(doc);
  paragraphs.forEach((paragraph, i) => {
    if (i < start) return; // the 人员 preamble is printed in 第一部分
    out.push(paragraph);
    const section = ids[i].split(".")[0];
    const lastOfSection = ids[i + 1]?.split(".")[0] !== section;
    if (!lastOfSection) return;
    for (const chart of doc.charts.filter((c) => c.section === section)) {
      const image = images.get(chart.key);
      if (image) out.push(chartParagraph(chart, image));
    }
  });
  return out;
}

/** Index of the 第三部分 heading: the paragraphs before it (人员) belong to 第一部分. */
const partStart = (doc: PublishedDocument) =>
  Math.max(
    0,
    doc.narrative.paragraphs.findIndex((p) => p.paragraph.heading === 1)
  );

function chartParagraph(chart: ChartData, png: Uint8Array): Paragraph {
  const width = 560; // px at 96 dpi: the text width of the portrait page
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: "png",
        data: png,
        transformation: { width, height: Math.round((width * CHART_HEIGHT) / CHART_WIDTH) },
        altText: { name: chart.title, title: chart.title, description: chart.description },
      }),
    ],
  });
}

function glossary(doc: PublishedDocument): FileChild[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    part("第四部分 名词解释"),
    ...doc.glossary.map((entry, i) => bodyParagraph(`${i + 1}. ${entry}`)),
  ];
}

function signature(doc: PublishedDocument, options: PublishWordOptions): Paragraph[] {
  const right = (text: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before, line: LINE, lineRule: LineRuleType.EXACT },
      indent: { right: INDENT_2_CHARS * 2 },
      children: [new TextRun({ text, font: font("仿宋_GB2312"), size: SIZE_3 })],
    });
  return [right(doc.department, LINE * 2), ...(options.date ? [right(options.date)] : [])];
}
