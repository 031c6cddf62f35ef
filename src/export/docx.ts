import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { Narrative } from "../core/narrative";

/**
 * The 情况说明 as a Word document in the official document style (GB/T 9704 practice): title in
 * 方正小标宋简体 二号, first-level headings 黑体 三号, second-level 楷体_GB2312, body 仿宋_GB2312 三号
 * with a two-character first-line indent, fixed 28.95 pt line spacing, page number in the footer.
 * Machines without these fonts substitute them (LibreOffice: a CJK font of the same class).
 */
export const SIZE_2 = 44; // 二号 22 pt, in half-points
export const SIZE_3 = 32; // 三号 16 pt
export const LINE = 579; // 28.95 pt in twips
export const INDENT_2_CHARS = 640; // two 16 pt characters
/** A4 portrait and the GB/T 9704 margins (37/35/28/26 mm), in twips. */
export const A4_PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
};

export const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });

/** "— 1 —" centred in the footer, as official documents number their pages. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font("宋体"), size: 28 }),
        ],
      }),
    ],
  });
}

/** The document title: 方正小标宋简体 二号, centred. */
export function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, after: LINE },
    children: [new TextRun({ text: title, font: font("方正小标宋简体"), size: SIZE_2 })],
  });
}

/** A body paragraph: 仿宋_GB2312 三号, two-character first-line indent, fixed line spacing. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: INDENT_2_CHARS },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, font: font("仿宋_GB2312"), size: SIZE_3 })],
  });
}

/**
 * The 情况说明's paragraphs; `heading1` builds the part title (publish makes it a Word heading for
 * the 目录).
 */
export function narrativeParagraphs(
  narrative: Narrative,
  heading1: (text: string) => Paragraph = centredHeading
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const { paragraph, text } of narrative.paragraphs) {
    if (paragraph.heading === 1) {
      paragraphs.push(heading1(text));
      continue;
    }
    const heading = paragraph.heading === 2;
    // Run-in second-level headings ("（一）…") keep the body font, as in published 情况说明.
    paragraphs.push(
      new Paragraph({
        indent: { firstLine: INDENT_2_CHARS },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
        alignment: heading ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
        children: [
          new TextRun({ text, font: font(heading ? "黑体" : "仿宋_GB2312"), size: SIZE_3 }),
        ],
      })
    );
  }
  return paragraphs;
}

/** A first-level heading: 黑体 三号, centred. */
export function centredHeading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: font("黑体"), size: SIZE_3 })],
  });
}

export function narrativeDocument(narrative: Narrative, title: string): Document {
  const paragraphs = [titleParagraph(title), ...narrativeParagraphs(narrative)];
  return new Document({
    creator: "juesuan",
    title,
    styles: { default: { document: { run: { font: font("仿宋_GB2312"), size: SIZE_3 } } } },
    sections: [
      {
        properties: { page: A4_PAGE },
        footers: { default: pageNumberFooter() },
        children: paragraphs,
      },
    ],
  });
}
