import { SheetBuilder, cellRange } from "../render/builder";
import { displayWidth } from "../text/width";
import type { SheetPlan } from "../workbook";
import { paragraphFormula } from "./pieceForms";
import type { RenderedParagraph } from "./pieceForms";
import type { NarrativeContext } from "./types";

export const NARRATIVE_SHEET = "情况说明";
const WIDTH = 110;

/**
 * The narrative as a sheet: each body paragraph is a formula over the table and input cells (with
 * the text core rendered cached as its result), so it refreshes when a figure or a reason changes.
 */
export function renderNarrativeSheet(
  rendered: readonly RenderedParagraph[],
  context: NarrativeContext
): SheetPlan {
  const sheet = new SheetBuilder(NARRATIVE_SHEET).heading(
    `${context.department}${context.year}年度部门决算情况说明`,
    "本表由“情况说明”公式自动生成：表中数字或“补充信息”中的主要原因改动后自动更新；收支项目或科目增减后请重新生成。"
  );
  const heights: Record<number, number> = { 0: 30, 1: 24 };
  rendered.forEach((r, i) => {
    const row = 2 + i;
    const { paragraph } = r;
    if (paragraph.heading) {
      sheet.set(row, 0, r.text).style(cellRange(row, 0), {
        font: {
          name: "黑体",
          size: paragraph.heading === 1 ? 14 : 12,
          bold: paragraph.heading === 1,
        },
        vertical: "middle",
      });
      heights[row] = 22;
      return;
    }
    sheet.set(row, 0, { formula: paragraphFormula(paragraph, context), result: r.text });
    sheet.style(cellRange(row, 0), {
      font: { name: "仿宋", size: 12 },
      wrap: true,
      vertical: "top",
    });
    heights[row] = Math.max(1, Math.ceil((displayWidth(r.text) + 4) / (WIDTH * 1.1))) * 16 + 4;
  });
  const plan = sheet.build({ columnWidths: [WIDTH], freeze: undefined, tabColor: "548235" });
  return { ...plan, rowHeights: { ...plan.rowHeights, ...heights } };
}
