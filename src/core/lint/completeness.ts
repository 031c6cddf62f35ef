import type { LintFinding, LintOutline } from "./types";

/**
 * Completeness against the format's outline (lint knows the format only with --workbook or in the
 * pane): the sections of the format's 情况说明 the draft lacks, 三公 / 机关运行经费 changes stated
 * without their 主要原因, and tables the workbook shows empty that the draft does not explain. All
 * are warnings: headings, reasons and 空表 notes are written in many ways.
 */

/** Scope words a draft's heading often leaves out ("财政拨款“三公”经费…" for "一般公共预算财政拨款…"). */
export const OPTIONAL_SCOPES: readonly string[] = ["一般公共预算", "财政拨款"];

/** Subjects whose change must give its 主要原因 (the reviewers' rule for 三公 and 机关运行经费). */
export const REASON_SUBJECTS: readonly { subject: string; pattern: RegExp }[] = [
  { subject: "因公出国（境）费", pattern: /因公出国[（(]?境[）)]?费/ },
  { subject: "公务用车购置费", pattern: /公务用车购置费/ },
  { subject: "公务用车运行维护费", pattern: /公务用车运行(?:维护)?费/ },
  { subject: "公务用车购置及运行维护费", pattern: /公务用车购置及运行(?:维护)?费/ },
  { subject: "公务接待费", pattern: /公务接待费/ },
  { subject: "“三公”经费", pattern: /[“"']?三公[”"']?经费/ },
  { subject: "机关运行经费", pattern: /机关运行经费/ },
];

/** Words that give (or introduce) a reason. */
const REASON_WORDS = /原因|主要是|主要用于|主要情况|由于|因为|系因/;

const NUMBERING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;

/** A heading reduced to the words that name its subject: no numbering, year, 关于/的, quotes or 情况说明. */
export function headingCore(text: string): string {
  return text
    .replace(/[\s\u3000]/g, "")
    .replace(NUMBERING, "")
    .replace(/[“”"'‘’「」《》]/g, "")
    .replace(/(?:\d{4}|本|上)年度?/g, "")
    .replace(/^(?:关于)?(?:本部门|本单位|部门|单位)?/, "")
    .replace(/关于|的/g, "")
    .replace(/决算/g, "")
    .replace(/[：:。，]?(?:情况说明|情况|说明)*[：:。，]?$/, "");
}

/** The draft's heading-like lines: numbered (up to the first sentence mark), or short lines without one. */
function headings(text: string): { core: string; line: number; text: string }[] {
  const out: { core: string; line: number; text: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const compact = raw.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");
    if (!compact) return;
    let head: string | undefined;
    if (NUMBERING.test(compact)) head = compact.split(/[。：:；]/)[0];
    else if (compact.length <= 40 && !/[。，；]/.test(compact)) head = compact;
    if (head) out.push({ core: headingCore(head), line: i + 1, text: head });
  });
  return out;
}

/** A section title and the shorter spellings a heading may use (scope words dropped). */
function variants(title: string, allCores: readonly string[]): string[] {
  const core = headingCore(title);
  const found = [core];
  let rest = core;
  for (const scope of OPTIONAL_SCOPES) {
    if (!rest.startsWith(scope)) continue;
    rest = rest.slice(scope.length);
    // "财政拨款支出" without its scope is "支出", another section: not a spelling of this one.
    if (rest.length < 2 || allCores.includes(rest)) break;
    found.push(rest);
  }
  return found;
}

/** Each section of the outline a heading of the draft names, with that heading (first one). */
function sectionsPresent(
  text: string,
  outline: LintOutline
): Map<number, { line: number; text: string }> {
  const cores = outline.sections.map(headingCore);
  const spellings = outline.sections.map((t) => variants(t, cores));
  const present = new Map<number, { line: number; text: string }>();
  for (const h of headings(text)) {
    let best = 0;
    let who: number[] = [];
    spellings.forEach((vs, i) => {
      const len = Math.max(0, ...vs.filter((v) => v && h.core.includes(v)).map((v) => v.length));
      if (len > best) [best, who] = [len, [i]];
      else if (len && len === best) who.push(i);
    });
    for (const i of who) if (!present.has(i)) present.set(i, h);
  }
  return present;
}

/**
 * Each section of the outline no heading of the draft names, and each table the workbook shows
 * empty that the draft does not say is empty (a warning when the format has a section for it,
 * else a hint). A heading names the section whose words it contains
 * most fully ("财政拨款支出决算情况" is 财政拨款支出, not 支出). Runs only when the draft has at least
 * two of the sections (a whole 情况说明 in this outline, not an excerpt). Each missing section points
 * at the heading of the next section present (where the missing one belongs), or at the last one
 * present; each unexplained empty table at the section where its 说明 belongs.
 */
export function lintOutline(text: string, outline: LintOutline): LintFinding[] {
  const present = sectionsPresent(text, outline);
  if (present.size < 2) return [];
  const found = [...present.entries()].sort((a, b) => a[0] - b[0]);
  const headingFor = (i: number) => {
    const next = found.find(([j]) => j >= i);
    return { at: (next ?? found[found.length - 1])[1], after: !next };
  };
  const missing = outline.sections.flatMap((title, i) => {
    if (present.has(i)) return [];
    const { at, after } = headingFor(i);
    const where = after ? "按提纲应在此部分之后" : "按提纲应在此标题之前";
    return [
      {
        rule: "缺少部分" as const,
        severity: "warning" as const,
        message: `本格式的情况说明应有“${title}”一部分，草稿中未找到这一标题（${where}）`,
        line: at.line,
        excerpt: at.text,
        claims: [],
      },
    ];
  });
  const empty = (outline.emptyTables ?? []).flatMap((table) => {
    const subject = tableSubject(table.title);
    if (!subject || saysEmpty(text, subject, table.code)) return [];
    const { index, own } = sectionFor(outline.sections, subject);
    const { at } = headingFor(index);
    const example = table.note ? `，如“${table.note}”` : "";
    const said = `工作簿中${table.code}《${table.title}》没有数字（空表），草稿中未说明本部门没有${subject}相关的收支${example}`;
    // A format with no section for the table prints its 空表 note under the table (juesuan
    // publish does): the 情况说明 may say it too, so this is only a hint.
    return [
      {
        rule: "空表说明" as const,
        severity: own ? ("warning" as const) : ("info" as const),
        message: own
          ? `${said}；应写在“${outline.sections[index]}”部分`
          : `${said}；本格式的情况说明没有这张表的部分，可写在“${outline.sections[index]}”部分，或在表下注明`,
        line: at.line,
        excerpt: at.text,
        claims: [],
      },
    ];
  });
  return [...missing, ...empty].sort((a, b) => a.line - b.line);
}

const QUOTES = /[“”"'‘’「」《》]/g;

/**
 * What a table is about, from its title: "政府性基金预算财政拨款收入支出决算表" → "政府性基金",
 * "一般公共预算财政拨款“三公”经费支出决算表" → "三公经费"; "" for a table about everything
 * (收入支出决算总表, 一般公共预算财政拨款支出决算表), which no draft explains as empty.
 */
export function tableSubject(title: string): string {
  const subject = title
    .replace(QUOTES, "")
    .replace(/(?:决算)?(?:总|明细)?表$/, "")
    .replace(/情况$/, "")
    .replace(/(?:收入支出|收入|支出)$/, "")
    .replace(/财政拨款/g, "")
    .replace(/^一般公共预算/, "")
    .replace(/预算$/, "");
  return subject.length >= 4 ? subject : "";
}

/** Words that say a table has nothing: 无/没有/未发生/空表/无数据/为0万元. */
const NOTHING = /无|没有|未(?:发生|安排|使用)|空表|无数据|为0(?:\.0+)?(?:万元|元)|为零/;

/** Whether a sentence of the draft names the table (its subject or 表号) and says it has nothing. */
function saysEmpty(text: string, subject: string, code: string): boolean {
  const flat = text.replace(/[\s\u3000]/g, "").replace(QUOTES, "");
  return flat
    .split(/[。；;]/)
    .some((s) => (s.includes(subject) || s.includes(code)) && NOTHING.test(s));
}

/**
 * The section where an empty table's 说明 belongs: the one named after its subject (三公, 政府性基金
 * in formats that have such a section), else the first about 财政拨款, else the last.
 */
function sectionFor(sections: readonly string[], subject: string): { index: number; own: boolean } {
  const own = sections.findIndex((t) => t.replace(QUOTES, "").includes(subject));
  if (own >= 0) return { index: own, own: true };
  const fiscal = sections.findIndex((t) => t.includes("财政拨款"));
  return { index: fiscal >= 0 ? fiscal : sections.length - 1, own: false };
}

/**
 * A whole draft's findings (from lintDraft with the same outline, over the draft or its pieces,
 * lines in the whole draft) with its missing sections, in text order: each missing section at the
 * heading where it belongs (a stable sort keeps the order of the rest).
 */
export function withOutline(
  text: string,
  findings: readonly LintFinding[],
  outline: LintOutline
): LintFinding[] {
  return [...lintOutline(text, outline), ...findings].sort((a, b) => a.line - b.line);
}

/**
 * "增加1.00万元" / "下降5%": a stated change with its figure (not "无增减", "增长--", a zero). The
 * figure is group 1.
 */
const CHANGE = /(?:增加|减少|增长|下降)了?(\d[\d.]*)/g;

/**
 * Sentences (in normalized text, parts fenced by "\n" at headings) that state a change of a 三公
 * item or 机关运行经费 from the year before with no reason anywhere after it in its part (a reason
 * often follows the list of items, in the next paragraph).
 */
export function missingReasons(text: string): { subject: string; start: number; end: number }[] {
  const out: { subject: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const block of text.split("\n")) {
    const sentences: { s: string; start: number }[] = [];
    let pos = 0;
    for (const s of sentencesOf(block)) {
      sentences.push({ s, start: offset + pos });
      pos += s.length;
    }
    sentences.forEach(({ s, start }, i) => {
      const subject = changeSubject(s);
      if (!subject) return;
      const rest = sentences.slice(i).map((x) => x.s);
      if (!REASON_WORDS.test(rest.join(""))) out.push({ subject, start, end: start + s.length });
    });
    offset += block.length + 1;
  }
  return out;
}

/** "甲。乙。丙" → ["甲。", "乙。", "丙"]: sentences with their stops (no lookbehind). */
function sentencesOf(block: string): string[] {
  const parts = block.split("。");
  return parts.map((s, i) => (i < parts.length - 1 ? `${s}。` : s)).filter((s) => s !== "");
}

/**
 * The 三公 / 机关运行经费 subject whose change from the year before a sentence states (the last
 * subject before the first such change word); not a change against the 预算, nor a zero change.
 */
function changeSubject(sentence: string): string | undefined {
  for (const change of sentence.matchAll(CHANGE)) {
    const value = Number(change[1]);
    if (!value || change.index === undefined) continue;
    // "无增加…" or "增增长…" is no change (checked here: no lookbehind, see test/unit/codebase/sources.test.ts).
    if (change.index > 0 && /[无增]/.test(sentence[change.index - 1])) continue;
    const before = sentence.slice(0, change.index);
    const clause = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；")) + 1);
    if (/预算/.test(clause)) continue;
    let found: { subject: string; at: number } | undefined;
    for (const { subject, pattern } of REASON_SUBJECTS) {
      for (const m of before.matchAll(new RegExp(pattern.source, "g"))) {
        if (m.index !== undefined && (!found || m.index > found.at))
          found = { subject, at: m.index };
      }
    }
    if (found) return found.subject;
  }
  return undefined;
}
