import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { fillTables, FillResult } from "../../core/app/fill";
import { OverwriteConflict } from "../../core/errors";
import { describeProblem, InputProblem, InputProblems } from "../../core/inputs/problems";
import { a1 } from "../../core/workbook/a1";
import { CellButton } from "../components/CellButton";
import { ConfirmOverwrite } from "../components/ConfirmOverwrite";
import { PriorFigures } from "../components/PriorFigures";
import type { Commands } from "../hooks/useCommand";
import type { PaneSettings } from "../settings";
import { usePaneStyles } from "../styles";
import { VERSION } from "../version";
import type { OnFilled, SelectCells, UpdateSettings } from "../types";

export interface FillTabProps {
  settings: PaneSettings;
  update: UpdateSettings;
  commands: Commands;
  disabled: boolean;
  /** Shows cells in Excel. */
  onSelect: SelectCells;
  /** Called after each successful fill (the 校验 and 说明 tabs refresh from it). */
  onFilled?: OnFilled;
}

/** Where an input problem is, as a cell label to select: the cell, its row, or the sheet. */
export function problemCell(p: InputProblem): string {
  if (p.row === undefined) return `${p.sheet}!A1`;
  if (p.col === undefined) return `${p.sheet}!${p.row + 1}:${p.row + 1}`;
  return `${p.sheet}!${a1(p.row, p.col)}`;
}

const wan = (result: FillResult, id: string) => result.displayed.get(id)?.toFixed(2) ?? "—";

/** 填报: computes the ten tables from the input sheets and writes them. */
export function FillTab({
  settings,
  update,
  commands,
  disabled,
  onSelect,
  onFilled,
}: FillTabProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [result, setResult] = React.useState<FillResult>();
  const [problems, setProblems] = React.useState<readonly InputProblem[]>([]);
  const [conflict, setConflict] = React.useState<OverwriteConflict>();

  const fill = async (overwrite: boolean) => {
    setConflict(undefined);
    setResult(undefined);
    setProblems([]);
    const outcome = await commands.run(
      "填报",
      (port) =>
        fillTables(port, {
          mode: settings.mode,
          tailAdjust: settings.tailAdjust ? true : undefined,
          overwrite,
          version: VERSION,
        }),
      (error) => error instanceof InputProblems
    );
    if (outcome.ok) {
      setResult(outcome.value);
      onFilled?.(outcome.value);
    } else if (outcome.error instanceof OverwriteConflict) setConflict(outcome.error);
    else if (outcome.error instanceof InputProblems) setProblems(outcome.error.problems);
  };

  const errors = result?.check.findings.filter((f) => f.severity === "error").length ?? 0;
  return (
    <section className={styles.panel} aria-label="填报">
      <Body1>
        读取“收支明细”“预算与上年数”“补充信息”等输入表，计算并写入十张公开表，同时写入“校验”表和“情况说明”表。
        输入表和已填写的主要原因不会改动。
      </Body1>
      <Field label="写入方式">
        <RadioGroup
          value={settings.mode}
          onChange={(_e, data) => update({ mode: data.value === "values" ? "values" : "formulas" })}
        >
          <Radio value="formulas" label="公式（改动收支明细后自动更新）" />
          <Radio value="values" label="数值" />
        </RadioGroup>
      </Field>
      {settings.tailAdjust && (
        <Body1 className={styles.muted}>已在“设置”中打开尾差调整：将写入调整后的数值。</Body1>
      )}
      <PriorFigures commands={commands} disabled={disabled} />
      <div>
        <Button appearance="primary" disabled={disabled} onClick={() => fill(false)}>
          填报
        </Button>
      </div>
      {problems.length > 0 && (
        <div role="region" aria-label="输入问题">
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              <MessageBarTitle>输入表中有 {problems.length} 处问题，请修改后再填报</MessageBarTitle>
              点击一条问题可在表中定位。
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.plainList}>
            {problems.map((p, i) => (
              <li key={i}>
                <CellButton cells={[problemCell(p)]} onSelect={onSelect}>
                  {describeProblem(p)}
                </CellButton>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && (
        <MessageBar intent={errors ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>填报完成</MessageBarTitle>
            <div>
              收入总计 <span className={styles.figure}>{wan(result, "T01.收入总计")}</span>{" "}
              万元，支出总计 <span className={styles.figure}>{wan(result, "T01.支出总计")}</span>{" "}
              万元
            </div>
            <div>
              写入方式：{result.mode === "formulas" ? "公式" : "数值"}
              {result.tail ? "（已调整尾差）" : ""}；勾稽关系：
              {errors ? `有 ${errors} 处错误，请到“校验”页查看` : "通过"}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.notes.length + result.warnings.length > 0 && (
        <ul className={styles.list}>
          {result.warnings.map((w) => (
            <li key={w}>
              <Body1>⚠ {w}</Body1>
            </li>
          ))}
          {result.notes.map((n) => (
            <li key={n}>
              <Body1>{n}</Body1>
            </li>
          ))}
        </ul>
      )}
      <ConfirmOverwrite
        conflict={conflict}
        onConfirm={() => fill(true)}
        onCancel={() => setConflict(undefined)}
      />
    </section>
  );
}
