import * as path from "path";
import JSZip from "jszip";
import { readInputFile } from "../../export/inputFile";
import { UserError } from "../../core/errors";
import { LintFinding, LintOutline, SEVERITY_TAG } from "../../core/lint";
import type { Decimal } from "../../core/money";
import { readTablesWithProfile } from "../../core/app/check";
import { factsFromTables, outlineOf } from "../../core/app/lintFacts";
import { XlsxFilePort } from "../../xlsx/filePort";
import { refuseUnfilled } from "../filled";
import { lintText } from "../lintInput";
import type { Output } from "../output";

export interface LintArgs {
  /** A filled workbook: its figures are compared with those the draft states. */
  workbook?: string;
  json?: boolean;
}

/** What lint learns from a workbook: its figures and its format's 情况说明 outline. */
export interface WorkbookLint {
  /** Figures by indicator name, in 万元 (names: FACT_NAMES in src/core/lint/labels.ts). */
  facts: ReadonlyMap<string, Decimal>;
  outline: LintOutline;
}

/** Reads a workbook for lint: its figures, with its format's outline when known. */
export type WorkbookFactsReader = (
  workbook: string
) => Promise<ReadonlyMap<string, Decimal> | WorkbookLint>;

/**
 * --workbook: the figures of the workbook's tables, in its format, read as `juesuan check` reads
 * them, and that format's outline with the workbook's empty tables, 决算年度 and 部门名称 (the
 * completeness and title warnings).
 */
export const readWorkbookFacts: WorkbookFactsReader = async (file) => {
  const port = await XlsxFilePort.open(file, { calculated: "all" });
  const { tables, profile, read } = await readTablesWithProfile(port);
  await refuseUnfilled(port, file, tables);
  return { facts: factsFromTables(tables, profile), outline: outlineOf(profile, { tables, read }) };
};

/**
 * juesuan lint FILE : checks a 决算情况说明 draft (.txt or .docx). Exit 1 when any 错误, else 0;
 * an unreadable file throws UserError (exit 2).
 */
export async function runLint(
  file: string,
  args: LintArgs,
  output: Output,
  readFacts: WorkbookFactsReader = readWorkbookFacts
): Promise<number> {
  const read = args.workbook ? await readFacts(args.workbook) : undefined;
  const { facts, outline } = read && "outline" in read ? read : { facts: read, outline: undefined };
  const findings = await lintFile(file, facts, (text) => output.info(text), outline);
  if (args.json) output.line(JSON.stringify(findings, null, 2));
  else printFindings(file, findings, output);
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

/**
 * Reads and checks one draft; `facts` are the workbook's figures (万元) by indicator name, `outline`
 * its format's 情况说明 outline (the completeness warnings run only with it).
 */
export async function lintFile(
  file: string,
  facts?: ReadonlyMap<string, Decimal>,
  note?: (text: string) => void,
  outline?: LintOutline
): Promise<LintFinding[]> {
  return lintText(file, await readDraft(file), facts, note, outline);
}

/** Ten times the longest 情况说明 with room for pictures in a .docx; more is the wrong file. */
const MAX_DRAFT_BYTES = 64 * 1048576;

/** The draft's text: a .docx one paragraph per line, any other file as UTF-8 (or GB18030) text. */
export async function readDraft(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".pdf")
    throw new UserError(`不能直接读取 PDF「${file}」：请把文字复制到 .txt 文件后再检查`);
  if (ext === ".doc" || ext === ".wps")
    throw new UserError(`不能读取「${file}」：请另存为 .docx 或 .txt 后再检查`);
  const data = await readInputFile(file, " .txt 或 .docx 草稿文件", MAX_DRAFT_BYTES);
  if (ext === ".docx") return docxText(file, data);
  return decodeText(file, data);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 when UTF-8 gives replacement characters. */
export function decodeText(file: string, data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  if (data.includes(0))
    throw new UserError(`「${file}」不是文本文件：请提供 .txt（UTF-8 或 GB18030）或 .docx`);
  const utf8 = new TextDecoder("utf-8").decode(data);
  if (!utf8.includes("\ufffd")) return utf8;
  const gb = new TextDecoder("gb18030").decode(data);
  return count(gb, "\ufffd") < count(utf8, "\ufffd") ? gb : utf8;
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

async function docxText(file: string, data: Buffer): Promise<string> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(data)).file("word/document.xml")?.async("string");
  } catch {
    xml = undefined;
  }
  if (xml === undefined) throw new UserError(`「${file}」不是有效的 .docx 文件`);
  return docxParagraphs(xml).join("\n");
}

/** The text of each w:p of a WordprocessingML body (tabs as spaces, line breaks inside a paragraph as spaces). */
export function docxParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  for (const p of xml.matchAll(/<w:p\b[^>]*\/>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1] ?? "";
    let text = "";
    for (const piece of body.matchAll(/<w:t\b[^>]*>([\s\S]*?)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      text += piece[2] ? " " : decodeEntities(piece[1] ?? "");
    }
    paragraphs.push(text);
  }
  return paragraphs;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    return String.fromCodePoint(
      e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
    );
  });
}

export function printFindings(
  file: string,
  findings: readonly LintFinding[],
  output: Output
): void {
  const n = (s: LintFinding["severity"]) => findings.filter((f) => f.severity === s).length;
  output.line(
    `「${file}」情况说明检查：错误 ${n("error")} 处，警告 ${n("warning")} 处，提示 ${n("info")} 处`
  );
  for (const f of findings) {
    output.line("");
    output.line(`[${SEVERITY_TAG[f.severity]}] 第${f.line}行（${f.rule}）`);
    output.line(`  ${f.message}`);
    if (f.excerpt) output.line(`  原文：${f.excerpt}`);
  }
  output.line("");
  output.line(
    n("error")
      ? "结论：有错误，须修改后再公开"
      : findings.length
        ? "结论：无错误（请看警告和提示）"
        : "结论：未发现问题"
  );
}
