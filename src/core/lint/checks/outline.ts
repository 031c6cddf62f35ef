import { missingReasons } from "../completeness";
import type { LintContext } from "../context";
import { TYPOS } from "../labels";
import { clauseEnd } from "./wording";

/** What reviewers send back without arithmetic: misspellings, a year that disagrees with the title. */

export function checkTypos(ctx: LintContext): void {
  const text = ctx.norm.text;
  for (const typo of TYPOS) {
    for (const m of text.matchAll(typo.wrong)) {
      ctx.report(
        "错别字",
        "warning",
        `“${m[0]}”应为“${typo.right}”：${typo.why}`,
        m.index,
        clauseEnd(text, m.index + m[0].length)
      );
    }
  }
}

/** "2022年度XX局部门决算" as a title or heading: the year each one names. */
const TITLED_YEAR = /(\d{4})年度?(?:[^，。；\n\d]{0,30}?)(?:部门|单位)决算/g;

/**
 * The year of the text's own title (its first line naming a 部门/单位决算) against every other
 * "YYYY年度…部门决算" in it: a copied text often keeps last year's in a heading.
 */
export function checkTitleYear(ctx: LintContext): void {
  const text = ctx.norm.text;
  const matches = [...text.matchAll(TITLED_YEAR)];
  if (matches.length < 2) return;
  const title = matches[0];
  const year = title[1];
  for (const m of matches.slice(1)) {
    if (m[1] === year) continue;
    ctx.report(
      "标题",
      "warning",
      `标题为${year}年度，此处写“${m[0]}”`,
      m.index,
      m.index + m[0].length
    );
  }
}

/** A 三公 item's or 机关运行经费's change with no 主要原因 in its paragraph (only when the format is known). */
export function checkReasons(ctx: LintContext): void {
  for (const m of missingReasons(ctx.norm.text)) {
    ctx.report(
      "主要原因",
      "warning",
      `写了${m.subject}的增减，但同一段落中没有说明主要原因`,
      m.start,
      m.end
    );
  }
}
