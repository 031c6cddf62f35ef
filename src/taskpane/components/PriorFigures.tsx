import * as React from "react";
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { readTablesOf } from "../../core/app/check";
import { priorTakeLabel, PriorTake, priorTakes } from "../../core/app/priorFigures";
import { INPUT_SHEETS } from "../../core/inputs/sheets";
import { Decimal, formatFixed } from "../../core/money";
import { writeCells } from "../excel";
import type { Commands } from "../hooks/useCommand";
import { usePaneStyles } from "../styles";
import { FileReadPort, readXlsxBytes } from "../xlsxFile";

/* global File, HTMLInputElement */

export interface PriorFiguresProps {
  commands: Commands;
  disabled: boolean;
}

interface Taken {
  file: string;
  filled: PriorTake[];
  /** Typed figures that differ from last year's table: left alone unless the clerk confirms. */
  kept: PriorTake[];
  replaced?: number;
}

const wan = (yuan: Decimal) => formatFixed(yuan.dividedBy(10000), { grouping: true });
const cellsOf = (takes: readonly PriorTake[]) =>
  takes.map((t) => ({ row: t.row, col: t.col, value: t.value.toNumber() }));

/**
 * 上年决算数 from last year's workbook (as `juesuan fill --prior`): the clerk picks the file, the
 * pane reads its tables in the browser (nothing leaves the machine), fills the blank 上年决算数 of
 * 预算与上年数 and lists what it took from which cells. Typed figures that differ are listed and
 * replaced only when the clerk asks.
 */
export function PriorFigures({ commands, disabled }: PriorFiguresProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [taken, setTaken] = React.useState<Taken>();
  const input = React.useRef<HTMLInputElement>(null);

  const take = async (file: File) => {
    setTaken(undefined);
    const outcome = await commands.run("取上年决算数", async (port) => {
      const prior = await readTablesOf(
        new FileReadPort(await readXlsxBytes(await file.arrayBuffer(), file.name))
      );
      const takes = await priorTakes(port, prior);
      const blank = takes.filter((t) => t.action === "fill");
      const written = await writeCells(INPUT_SHEETS.budgetPrior, cellsOf(blank));
      const filled = blank.filter((t) => written.some((w) => w.row === t.row && w.col === t.col));
      return { file: file.name, filled, kept: takes.filter((t) => t.action === "kept") };
    });
    if (outcome.ok) setTaken(outcome.value);
    if (input.current) input.current.value = "";
  };

  const replace = async () => {
    if (!taken) return;
    const outcome = await commands.run("替换上年决算数", () =>
      writeCells(INPUT_SHEETS.budgetPrior, cellsOf(taken.kept), true)
    );
    if (outcome.ok) setTaken({ ...taken, kept: [], replaced: outcome.value.length });
  };

  return (
    <div role="region" aria-label="上年决算数">
      <Field
        label="上年决算数：从上年的公开表工作簿取数"
        hint="只填“预算与上年数”中空白的上年决算数；已填写的数字不改动。文件只在本机读取。"
      >
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          选择上年的工作簿…
        </Button>
      </Field>
      {/* The native file input says "Choose File" in the web view's language: a button stands for it. */}
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        aria-label="选择上年的工作簿"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void take(file);
        }}
      />
      {taken && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              从「{taken.file}」取得上年决算数 {taken.filled.length} 项
              {taken.replaced ? `，替换 ${taken.replaced} 项` : ""}
            </MessageBarTitle>
            {taken.filled.length === 0 && "“预算与上年数”中没有空白的上年决算数。"}
          </MessageBarBody>
        </MessageBar>
      )}
      {taken && taken.filled.length > 0 && (
        <ul className={styles.list} aria-label="取得的上年决算数">
          {taken.filled.map((t) => (
            <li key={`${t.row}`}>
              <Body1>
                {priorTakeLabel(t)} {wan(t.value)} 万元 ← {t.from}
              </Body1>
            </li>
          ))}
        </ul>
      )}
      {taken && taken.kept.length > 0 && (
        <MessageBar intent="warning" layout="multiline" aria-label="与上年表不同的已填数字">
          <MessageBarBody>
            <MessageBarTitle>已填写的 {taken.kept.length} 项与上年表不同，未改动</MessageBarTitle>
            {taken.kept.map((t) => (
              <div key={`${t.row}`}>
                {priorTakeLabel(t)}：已填 {wan(t.typed as Decimal)} 万元，上年表 {t.from} 为{" "}
                {wan(t.value)} 万元
              </div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={disabled} onClick={replace}>
              改用上年表的数字
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
