import * as React from "react";
import { Badge, Body1, Button, Caption1, Subtitle2, Switch } from "@fluentui/react-components";
import { checkWorkbook } from "../../core/app/check";
import type { CheckReport } from "../../core/app/checkTables";
import type { Finding } from "../../core/rules/evaluate";
import { SEVERITY_LABEL, Severity } from "../../core/rules/types";
import { visibleGapNote } from "../../core/rules/visible";
import { CellButton } from "../components/CellButton";
import type { Commands } from "../hooks/useCommand";
import { splitCell } from "../excel";
import { usePaneStyles } from "../styles";
import type { SelectCells } from "../types";

export interface CheckTabProps {
  commands: Commands;
  disabled: boolean;
  onSelect: SelectCells;
  /** The report of the last fill, shown until the workbook is checked again. */
  fromFill?: CheckReport;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SHOWN = 100;

/** The table a finding belongs to: its first cell's sheet, else its rule's table (T01 → 公开01表). */
export function groupOf(finding: Finding, report: CheckReport): string {
  const first = finding.cells.map(splitCell).find((c) => c !== undefined);
  if (first) return first.sheet;
  const prefix = finding.rule.split(/[.[]/)[0];
  return report.profile.tables.find((t) => t.id === prefix)?.code ?? prefix;
}

/** How many visible 尾差 the printed tables still show, and how to close them from the pane. */
export function paneGapNote(findings: readonly Finding[]): string | undefined {
  return visibleGapNote(findings, "可在“设置”中打开尾差调整后重新填报");
}

interface Group {
  name: string;
  bySeverity: Map<Severity, Finding[]>;
}

function groupFindings(findings: readonly Finding[], report: CheckReport): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const name = groupOf(finding, report);
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { name, bySeverity: new Map() }));
    const list = group.bySeverity.get(finding.severity) ?? [];
    list.push(finding);
    group.bySeverity.set(finding.severity, list);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** 校验: every 勾稽关系 of the tables in the workbook, by table and severity, each one locatable. */
export function CheckTab({
  commands,
  disabled,
  onSelect,
  fromFill,
}: CheckTabProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [checked, setChecked] = React.useState<CheckReport>();
  const [errorsOnly, setErrorsOnly] = React.useState(false);
  const [seenFill, setSeenFill] = React.useState<CheckReport>();
  // A new fill replaces what was checked before it.
  if (fromFill !== seenFill) {
    setSeenFill(fromFill);
    setChecked(undefined);
  }
  const report = checked ?? fromFill;

  const check = async () => {
    const outcome = await commands.run("校验", (port) => checkWorkbook(port));
    if (outcome.ok) setChecked(outcome.value);
  };

  const count = (s: Severity) => report?.findings.filter((f) => f.severity === s).length ?? 0;
  const shown = report?.findings.filter((f) => !errorsOnly || f.severity === "error") ?? [];
  const groups = report ? groupFindings(shown, report) : [];
  const gapNote = report && paneGapNote(report.findings);

  return (
    <section className={styles.panel} aria-label="校验">
      <Body1>
        逐条检查十张表内和表间的勾稽关系，区分错误与四舍五入尾差。点击一条结果可在表中定位。
      </Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={check}>
          {report ? "重新校验" : "校验"}
        </Button>
        <Switch
          label="只看错误"
          checked={errorsOnly}
          onChange={(_e, d) => setErrorsOnly(d.checked)}
        />
      </div>
      {report && (
        <div role="status">
          <Body1 block>
            结论：
            <Badge appearance="filled" color={count("error") ? "danger" : "success"}>
              {count("error") ? "不通过" : "通过"}
            </Badge>
          </Body1>
          <Caption1 block className={styles.muted}>
            校验 {report.outcomes.length} 条勾稽关系：错误 {count("error")} 条，警告{" "}
            {count("warning")} 条，提示 {count("info")} 条
            {report === fromFill ? "（填报时的结果；修改表格后请重新校验）" : ""}
          </Caption1>
          {gapNote && <Caption1 block>{gapNote}</Caption1>}
        </div>
      )}
      {report && shown.length === 0 && (
        <Body1>{errorsOnly && report.findings.length ? "没有错误。" : "没有发现问题。"}</Body1>
      )}
      {groups.map((group) => (
        <div key={group.name} role="group" aria-label={group.name}>
          <Subtitle2 as="h3">{group.name}</Subtitle2>
          {SEVERITIES.filter((s) => group.bySeverity.has(s)).map((severity) => {
            const list = group.bySeverity.get(severity) as Finding[];
            return (
              <div key={severity}>
                <Badge appearance="tint" color={BADGE[severity]}>
                  {SEVERITY_LABEL[severity]} {list.length} 条
                </Badge>
                <ul className={styles.plainList}>
                  {list.slice(0, SHOWN).map((f, i) => (
                    <li key={`${f.rule}-${i}`}>
                      <CellButton cells={f.cells} onSelect={onSelect}>
                        <span>
                          {f.message}
                          {f.cells.length > 0 && (
                            <Caption1 className={styles.muted}> 〔{f.cells.join("、")}〕</Caption1>
                          )}
                        </span>
                      </CellButton>
                    </li>
                  ))}
                </ul>
                {list.length > SHOWN && (
                  <Caption1 className={styles.muted}>另有 {list.length - SHOWN} 条未列出</Caption1>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}
