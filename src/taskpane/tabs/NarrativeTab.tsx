import * as React from "react";
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { insertCharts } from "../../core/app/charts";
import { fillTables, FillResult } from "../../core/app/fill";
import { publishWorkbook } from "../../core/app/publish";
import { narrateWorkbook } from "../../core/app/narrate";
import { OverwriteConflict } from "../../core/errors";
import { reasonCaption } from "../../core/inputs/indicators";
import type { Narrative } from "../../core/narrative";
import { ConfirmOverwrite } from "../components/ConfirmOverwrite";
import type { Commands } from "../hooks/useCommand";
import type { PaneSettings } from "../settings";
import { usePaneStyles } from "../styles";
import { VERSION } from "../version";
import { copyText, downloadPublished, downloadWord, fileSaveBlocked, narrativeText } from "../word";
import { DraftLint } from "./DraftLint";
import type { BlockedSaving, OnFilled } from "../types";

export interface NarrativeTabProps {
  settings: PaneSettings;
  commands: Commands;
  disabled: boolean;
  fromFill?: FillResult;
  onFilled: OnFilled;
}

interface Shown {
  narrative: Narrative;
  title: string;
}

const usePreviewStyles = makeStyles({
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    maxHeight: "420px",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    textAlign: "center",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  h1: {
    textAlign: "center",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  h2: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
    textIndent: "2em",
  },
  body: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textIndent: "2em",
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
});

const titleOf = (department: string, year: number) => `${department}${year}年度部门决算情况说明`;

/** 说明: the 决算情况说明 from the workbook's figures, as preview, Word and sheet; draft checking. */
export function NarrativeTab({
  settings,
  commands,
  disabled,
  fromFill,
  onFilled,
}: NarrativeTabProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [narrated, setNarrated] = React.useState<Shown>();
  const [conflict, setConflict] = React.useState<OverwriteConflict>();
  const [seenFill, setSeenFill] = React.useState<FillResult>();
  if (fromFill !== seenFill) {
    setSeenFill(fromFill);
    setNarrated(undefined);
  }
  const shown: Shown | undefined =
    narrated ??
    (fromFill && {
      narrative: fromFill.narrative,
      title: titleOf(fromFill.data.basics.department, fromFill.data.basics.year),
    });

  const narrate = async () => {
    const outcome = await commands.run("生成情况说明", (port) => narrateWorkbook(port));
    if (outcome.ok)
      setNarrated({
        narrative: outcome.value.narrative,
        title: titleOf(outcome.value.department, outcome.value.year),
      });
  };

  // The 情况说明 sheet is written by 填报 (with live formulas); inserting it means filling again.
  const insertSheet = async (overwrite: boolean) => {
    setConflict(undefined);
    const outcome = await commands.run("写入“情况说明”表", (port) =>
      fillTables(port, {
        mode: settings.mode,
        tailAdjust: settings.tailAdjust ? true : undefined,
        overwrite,
        version: VERSION,
      })
    );
    if (outcome.ok) onFilled(outcome.value);
    else if (outcome.error instanceof OverwriteConflict) setConflict(outcome.error);
  };

  // Where the pane cannot save files (Excel on Mac), say so and offer the text and the CLI instead.
  const [saveBlocked, setSaveBlocked] = React.useState<{ why: string; command: string }>();
  const [copied, setCopied] = React.useState<boolean>();
  const blockedSaving = (command: string) => {
    const why = fileSaveBlocked();
    setCopied(undefined);
    setSaveBlocked(why ? { why, command } : undefined);
    return Boolean(why);
  };
  const word = async () => {
    if (!shown || blockedSaving("juesuan narrate 工作簿.xlsx -o 情况说明.docx")) return;
    await commands.run("生成 Word 文件", () => downloadWord(shown.narrative, shown.title));
  };
  const copy = async () => {
    if (shown) setCopied(await copyText(narrativeText(shown.narrative, shown.title)));
  };

  const missing = shown?.narrative.missingReasons ?? [];
  return (
    <section className={styles.panel} aria-label="说明">
      <Body1>
        由表中数字、“预算与上年数”和“补充信息”中的主要原因生成《部门决算情况说明》。未填写的主要原因显示为【请填写主要原因】。
        “下载公开文档”生成完整的公开 Word
        文档（目录、四个部分、各表、图表）；“插入图表”在“图表”表中画出随表中数字更新的图。
      </Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={narrate}>
          {shown ? "重新生成" : "生成情况说明"}
        </Button>
        <Button disabled={disabled || !shown} onClick={word}>
          下载 Word
        </Button>
        <Button disabled={disabled} onClick={() => insertSheet(false)}>
          插入“情况说明”表
        </Button>
      </div>
      <DocumentActions commands={commands} disabled={disabled} blockedSaving={blockedSaving} />
      {saveBlocked && <SaveBlocked blocked={saveBlocked} copied={copied} onCopy={copy} />}
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>有 {missing.length} 处主要原因未填写</MessageBarTitle>
            请在“补充信息”表中填写：{missing.map(reasonCaption).join("；")}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown && <NarrativePreview shown={shown} />}
      <DraftLint commands={commands} disabled={disabled} />
      <ConfirmOverwrite
        conflict={conflict}
        onConfirm={() => insertSheet(true)}
        onCancel={() => setConflict(undefined)}
      />
    </section>
  );
}

/** The 情况说明 as it will read: headings and paragraphs. */
function NarrativePreview({ shown }: { shown: Shown }): React.JSX.Element {
  const preview = usePreviewStyles();
  return (
    <article className={preview.preview} aria-label="情况说明预览">
      <h2 className={preview.title}>{shown.title}</h2>
      {shown.narrative.paragraphs.map(({ paragraph, text }, i) =>
        paragraph.heading === 1 ? (
          <h3 key={i} className={preview.h1}>
            {text}
          </h3>
        ) : paragraph.heading ? (
          <h4 key={i} className={preview.h2}>
            {text}
          </h4>
        ) : (
          <p key={i} className={preview.body}>
            {text}
          </p>
        )
      )}
    </article>
  );
}

/** Where the pane cannot save files (Excel on Mac): the text to copy and the CLI command instead. */
function SaveBlocked({
  blocked,
  copied,
  onCopy,
}: {
  blocked: { why: string; command: string };
  copied?: boolean;
  onCopy: () => void;
}): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" aria-label="无法保存文件">
      <MessageBarBody>
        <MessageBarTitle>{blocked.why}</MessageBarTitle>
        可以点“复制全文”后粘贴到 Word；或在电脑上用命令行生成 Word 文件：
        <code> {blocked.command}</code>
        {copied === true && <div>已复制全文，请在 Word 中粘贴。</div>}
        {copied === false && <div>复制未成功：请在下方预览中全选文字后复制。</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onCopy}>
          复制全文
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface DocumentActionsProps {
  commands: Commands;
  disabled: boolean;
  blockedSaving: BlockedSaving;
}

/** 下载公开文档 (the whole document, as juesuan publish writes it) and 插入图表 (native charts). */
function DocumentActions({
  commands,
  disabled,
  blockedSaving,
}: DocumentActionsProps): React.JSX.Element {
  const styles = usePaneStyles();
  // The whole 公开 document (目录, 四个部分, tables, charts), as juesuan publish writes it.
  const [published, setPublished] = React.useState<string>();
  const publish = async () => {
    setPublished(undefined);
    if (blockedSaving("juesuan publish 工作簿.xlsx -o 公开.docx")) return;
    const outcome = await commands.run("生成公开文档", async (port) => {
      const { doc, gaps } = await publishWorkbook(port);
      await downloadPublished(doc);
      return { doc, gaps };
    });
    if (outcome.ok) {
      const { doc, gaps } = outcome.value;
      const empty = doc.tables.filter((t) => t.emptyNote).length;
      setPublished(
        `已生成《${doc.title}》：${doc.tables.length} 张表${empty ? `（空表 ${empty} 张，附空表说明）` : ""}，${doc.charts.length} 幅图` +
          (gaps ? `；打印数字尾差 ${gaps} 处，已加注尾差说明` : "") +
          (doc.duties.length ? "" : "；“补充信息”的“主要职能”未填写，文中留有【请填写】字样")
      );
    }
  };
  // Native Excel charts on the 图表 sheet, over cells that follow the tables.
  const [charted, setCharted] = React.useState<string>();
  const charts = async () => {
    setCharted(undefined);
    const outcome = await commands.run("插入图表", (port) => insertCharts(port));
    if (outcome.ok)
      setCharted(
        `已在“${outcome.value.sheet}”表插入 ${outcome.value.charts.length} 幅图：${outcome.value.charts.map((c) => c.title).join("、")}`
      );
  };
  return (
    <>
      <div className={styles.row}>
        <Button disabled={disabled} onClick={publish}>
          下载公开文档
        </Button>
        <Button disabled={disabled} onClick={charts}>
          插入图表
        </Button>
      </div>
      {published && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{published}</MessageBarBody>
        </MessageBar>
      )}
      {charted && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{charted}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
