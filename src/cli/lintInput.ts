import { UserError } from "../core/errors";
import { lintDraft, LintFinding, LintOutline, withOutline } from "../core/lint";
import { capDigitRuns, emptyDraftReason, MAX_DIGIT_RUN, splitDraft } from "../core/lint/input";
import type { Decimal } from "../core/money";
import { toSimplified } from "./simplified";

/**
 * The entrance to lint: a draft with nothing to check is refused (exit 2), traditional characters
 * are converted (the checks read simplified wording), figures longer than any amount are cut, and a
 * long draft is checked in pieces so the time stays linear. `note` receives what was changed.
 * With the format's `outline` (from --workbook), the draft's sections are checked against it once,
 * over the whole draft.
 */
export function lintText(
  file: string,
  raw: string,
  facts: ReadonlyMap<string, Decimal> | undefined,
  note: (text: string) => void = () => undefined,
  outline?: LintOutline
): LintFinding[] {
  const empty = emptyDraftReason(raw);
  if (empty) throw new UserError(`「${file}」没有可检查的内容：${empty}`);
  const simplified = toSimplified(raw);
  if (simplified.changed) {
    note(`「${file}」含繁体字（${simplified.changed} 处），已按简体检查；引用的原文也显示为简体`);
  }
  const { text, capped } = capDigitRuns(simplified.text);
  for (const run of capped.slice(0, 5)) {
    note(`第${run.line}行有一串 ${run.digits} 位的数字，不像金额，只按前 ${MAX_DIGIT_RUN} 位检查`);
  }
  if (capped.length > 5) note(`另有 ${capped.length - 5} 处过长的数字串`);
  const findings: LintFinding[] = [];
  for (const piece of splitDraft(text)) {
    for (const finding of lintDraft(piece.text, { facts, outline })) {
      findings.push({ ...finding, line: finding.line + piece.firstLine - 1 });
    }
  }
  return outline ? withOutline(text, findings, outline) : findings;
}
