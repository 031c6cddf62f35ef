import * as React from "react";
import { Badge, Body1, Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { readTablesWithProfile } from "../../core/app/check";
import { factsFromTables, outlineOf } from "../../core/app/lintFacts";
import { LintFinding, lintDraft, SEVERITY_TAG, withOutline } from "../../core/lint";
import type { Commands } from "../hooks/useCommand";
import { usePaneStyles } from "../styles";

export interface DraftLintProps {
  commands: Commands;
  disabled: boolean;
}

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

/**
 * Checks a hand-written 情况说明 (typed or pasted from a PDF) against the wording rules, its own
 * arithmetic and the figures of the ten tables in the workbook (read as 校验 reads them).
 */
export function DraftLint({ commands, disabled }: DraftLintProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [draft, setDraft] = React.useState("");
  const [findings, setFindings] = React.useState<LintFinding[]>();

  const lint = async () => {
    setFindings(undefined);
    const outcome = await commands.run("检查手写稿", async (port) => {
      const { tables, profile, read } = await readTablesWithProfile(port);
      // The workbook gives the format (sections, 主要原因), its empty tables, year and department.
      const outline = outlineOf(profile, { tables, read });
      const facts = factsFromTables(tables, profile);
      return withOutline(draft, lintDraft(draft, { facts, outline }), outline);
    });
    if (outcome.ok) setFindings(outcome.value);
  };

  return (
    <div className={styles.panel} role="region" aria-label="检查手写稿">
      <Field
        label="检查手写稿"
        hint="粘贴已写好的情况说明（可从 Word 或 PDF 复制），检查所写数字是否与表中一致，增减额与增减率、占比、完成率、合计是否算对，方向词和前后数字是否一致，是否有未删去的模板文字。"
      >
        <Textarea
          resize="vertical"
          rows={6}
          value={draft}
          onChange={(_e, d) => {
            setDraft(d.value);
            setFindings(undefined);
          }}
        />
      </Field>
      <div>
        <Button disabled={disabled || !draft.trim()} onClick={lint}>
          检查
        </Button>
      </div>
      {findings && findings.length === 0 && <Body1>没有发现问题。</Body1>}
      {findings && findings.length > 0 && (
        <ul className={styles.plainList} aria-label="手写稿问题">
          {findings.map((f, i) => (
            <li key={i}>
              <Body1 block>
                <Badge appearance="tint" color={BADGE[f.severity]}>
                  {SEVERITY_TAG[f.severity]}
                </Badge>{" "}
                第{f.line}行：{f.message}
              </Body1>
              {f.excerpt && <Caption1 className={styles.muted}>“{f.excerpt}”</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
