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
const SIZE_2 = 44; // 二号 22 pt, in half-points
const SIZE_3 = 32; // 三号 16 pt
const LINE = 579; // 28.95 pt in twips
const INDENT_2_CHARS = 640; // two 16 pt characters

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });

export function narrativeDocument(narrative: Narrative, title: string): Document {
  const paragraphs: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, after: LINE },
      children: [new TextRun({ text: title, font: font("方正小标宋简体"), size: SIZE_2 })],
    }),
  ];
  for (const { paragraph, text } of narrative.paragraphs) {
    if (paragraph.heading === 1) {
      paragraphs.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: LINE, lineRule: LineRuleType.EXACT },
          children: [new TextRun({ text, font: font("黑体"), size: SIZE_3 })],
        })
      );
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
  return new Document({
    creator: "juesuan",
    title,
    styles: { default: { document: { run: { font: font("仿宋_GB2312"), size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 }, // 37/35/28/26 mm
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["— ", PageNumber.CURRENT, " —"],
                    font: font("宋体"),
                    size: 28,
                  }),
                ],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
}
