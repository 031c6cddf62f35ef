import { missingReasons } from "../completeness";
import type { LintContext } from "../context";
import { TYPOS } from "../labels";
import type { LintOutline } from "../types";
import { clauseEnd } from "./wording";

/** What reviewers send back without arithmetic: misspellings, a year or department that disagrees with the title or the workbook. */

export function checkTypos(ctx: LintContext): void {
  const text = ctx.norm.text;
  for (const typo of TYPOS) {
    for (const m of text.matchAll(typo.wrong)) {
      if (typo.notAfter && m.index > 0 && text[m.index - 1] === typo.notAfter) continue;
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

/** Numbering a heading starts with ("第二部分", "一、", "（三）"). */
const NUMBERED =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;

/** A heading comparing years names two of them legitimately ("2023年度与2022年度决算对比"). */
const COMPARES = /较|比|与|相比|对比|上年|同期/;

/** What a department's (unit's) name ends with: 局, 委员会, 中心, 人民政府, 街道办事处 … */
const ORGANISATION =
  /(?:局|委|委员会|办|办公室|院|所|站|中心|处|厅|会|部|政府|街道|办事处|镇|乡|队|馆|校|学|园|社|团|署|庭|协|联|室)(?:（[^）]*）)?$/;

/** "本部门2022年度决算" / "本单位2022年部门决算": the text speaking of its own 决算 year. */
const SELF_REFERENCE = /(?:本部门|本单位|我部门|我单位)(\d{4})年度?(?:部门|单位)?决算/g;

interface Named {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  text: string;
  year?: string;
  department?: string;
}

/**
 * The text's titles and headings that name a 决算 year or the department: title-like pieces
 * (between the normalizer's "\n" fences, no sentence mark) holding 决算, and self-references.
 * A period mentioned in a sentence ("较2022年度决算数增加…") is neither.
 */
function namedYearsAndDepartments(text: string): Named[] {
  const found: Named[] = [];
  let offset = 0;
  for (const piece of text.split("\n")) {
    const start = offset;
    offset += piece.length + 1;
    const head = piece.trim();
    if (!head.includes("决算") || /[，。；]/.test(head) || head.length > 60 || COMPARES.test(head))
      continue;
    const year = /(\d{4})年/.exec(head)?.[1];
    const name = head
      .replace(NUMBERED, "")
      .replace(/\d{4}年度?/, "")
      .replace(/(?:部门|单位)?决算.*$/, "")
      .replace(/^关于/, "");
    const department = name.length >= 2 && ORGANISATION.test(name) ? name : undefined;
    if (year || department)
      found.push({ start, end: start + piece.length, text: head, year, department });
  }
  for (const m of text.matchAll(SELF_REFERENCE))
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: m[1] });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Two spellings of one department: one holds the other ("陶瓷产业发展局" in "景德镇市陶瓷产业发展局
 * （本级）"), or the shorter is an abbreviation made of the longer's characters in order ("市瓷局").
 */
function sameDepartment(a: string, b: string): boolean {
  const core = (s: string) => s.replace(/[“”"'‘’《》\s]|（本级）|（汇总）/g, "");
  const [x, y] = [core(a), core(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The 决算 year and the department named by the text's titles, headings and self-references,
 * against the workbook's (基础信息, known with --workbook or in the pane) or else against the
 * text's own title (the first one naming them): a draft copied from last year's, or from another
 * unit's, often keeps a heading of the original.
 */
export function checkTitle(ctx: LintContext, outline?: LintOutline): void {
  const named = namedYearsAndDepartments(ctx.norm.text);
  const titleYear = named.find((n) => n.year);
  const year = outline?.year !== undefined ? String(outline.year) : titleYear?.year;
  const yearSource =
    outline?.year !== undefined ? `工作簿的决算年度为${year}年` : `标题为${year}年度`;
  const titleDepartment = named.find((n) => n.department);
  const department = outline?.department ?? titleDepartment?.department;
  const departmentSource = outline?.department
    ? `工作簿的部门名称为“${department}”`
    : `标题的部门为“${department}”`;
  for (const n of named) {
    if (year && n.year && n.year !== year && (outline?.year !== undefined || n !== titleYear))
      ctx.report("标题", "warning", `${yearSource}，此处写“${n.text}”`, n.start, n.end);
    if (
      department &&
      n.department &&
      !sameDepartment(n.department, department) &&
      (outline?.department || n !== titleDepartment)
    )
      ctx.report("标题", "warning", `${departmentSource}，此处写“${n.department}”`, n.start, n.end);
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
