import type { LintContext } from "../context";
import { clauseStart } from "../extract";

/** Template leftovers, blanks no statement check reported, and two numbers where one belongs. */

const TEMPLATE =
  /(增加|增长|上升|提高)（(减少|下降|降低)）|(减少|下降|降低)（(增加|增长|上升|提高)）|增（减）|减（增）|(增加|增长)[/／](减少|下降)|【[^】]{0,40}】|X{2,}|×{2,}/g;

/** End of the clause holding `pos` (next delimiter outside brackets). */
export function clauseEnd(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < text.length; i++) {
    const ch = text[i];
    if (ch === "（") depth++;
    else if (ch === "）") depth = Math.max(0, depth - 1);
    else if (depth === 0 && "，。；\n！？".includes(ch)) return i;
  }
  return text.length;
}

/** What a 【…】 placeholder asks for: 请填写…, XX, 原因, 金额, 名称, a date or year to fill. */
const PLACEHOLDER_WORDS = /请|填|X|×|…|待|此处|原因|金额|数字|名称|单位|部门|年度|日期|说明/;

export function checkTemplates(ctx: LintContext): void {
  const text = ctx.norm.text;
  for (const m of text.matchAll(TEMPLATE)) {
    const placeholder = m[0].startsWith("【") || /^[X×]/.test(m[0]);
    let start = clauseStart(text, m.index);
    // "主要原因是：【请填写主要原因】": show what the placeholder stands for.
    if (placeholder && start === m.index && text[start - 1] === "：")
      start = clauseStart(text, start - 1);
    const end = clauseEnd(text, m.index + m[0].length);
    // "【文汇网讯】" heads a reprinted news item: only a bracket asking for a figure or words is
    // provably a placeholder; any other is a warning.
    const sure = !m[0].startsWith("【") || PLACEHOLDER_WORDS.test(m[0]);
    ctx.report(
      "模板残留",
      sure ? "error" : "warning",
      placeholder
        ? `“${m[0]}”${sure ? "是" : "疑为"}未填写的占位符，应替换为实际内容`
        : `“${m[0]}”是未删去的模板备选词，应按实际情况只保留一个（数字为 0 时写“持平”或“无此项支出”）`,
      start,
      end
    );
  }
}

export function checkFigureCounts(ctx: LintContext): void {
  const text = ctx.norm.text;
  for (const f of ctx.ex.figures) {
    if (f.nums.length === 2) {
      const c = ctx.ex.completionOf.get(f);
      const [a, b] = f.nums;
      ctx.report(
        "多余数字",
        "error",
        `此处写了“${a.text}”和“${b.text}”两个数字，只应有一个${f.label ? `（${f.label}）` : ""}`,
        c ? c.start : f.labelStart,
        c ? c.end : clauseEnd(text, f.end),
        [f]
      );
    } else if (f.nums.length === 0 && !ctx.reportedBlanks.has(f)) {
      ctx.report(
        "缺少数字",
        "error",
        `“${f.pre.slice(-8)}${f.unit}”缺少数字`,
        f.labelStart,
        clauseEnd(text, f.end)
      );
    }
  }
}
