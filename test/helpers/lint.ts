import { readFileSync } from "fs";
import * as path from "path";
import { lintDraft, LintFinding, LintOptions } from "../../src/core/lint";

export const DRAFTS = path.join(__dirname, "../fixtures/drafts");
/** The published 2021 text of the bundled sample department (samples/), with its slips. */
export const SEED_DRAFT = path.resolve(__dirname, "../../samples/jingdezhen-2021-published.txt");

export function draft(name: string): string {
  return readFileSync(path.join(DRAFTS, name), "utf8");
}

/** "severity line rule" per finding: a compact, readable shape to compare. */
export function brief(findings: readonly LintFinding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.line} ${f.rule}`);
}

export function lint(text: string, options?: LintOptions): LintFinding[] {
  return lintDraft(text, options);
}

/** Findings above 提示. */
export function serious(findings: readonly LintFinding[]): LintFinding[] {
  return findings.filter((f) => f.severity !== "info");
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, at).split("\n").length;
}
