import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { insertTemplates, TemplateResult } from "../../core/app/templates";
import { OverwriteConflict } from "../../core/errors";
import { catalogsFor } from "../../core/subjects";
import type { FormatProfile } from "../../core/profiles/types";
import { ConfirmOverwrite } from "../components/ConfirmOverwrite";
import type { Commands } from "../hooks/useCommand";
import { chosenProfile, PaneSettings, settingsProblem } from "../settings";
import { usePaneStyles } from "../styles";
import { VERSION } from "../version";

export interface TemplateTabProps {
  settings: PaneSettings;
  commands: Commands;
  disabled: boolean;
}

/** 模板: the ten blank 公开表 and the input sheets, never replacing edited sheets unasked. */
export function TemplateTab({ settings, commands, disabled }: TemplateTabProps): React.JSX.Element {
  const styles = usePaneStyles();
  const [result, setResult] = React.useState<TemplateResult>();
  const [conflict, setConflict] = React.useState<OverwriteConflict>();
  const problem = settingsProblem(settings);
  const chosen = chosenProfile(settings);
  const profile: FormatProfile | undefined = typeof chosen === "string" ? undefined : chosen;

  const insert = async (overwrite: boolean) => {
    setConflict(undefined);
    setResult(undefined);
    if (!profile) return;
    const outcome = await commands.run("插入模板", (port) =>
      insertTemplates(port, {
        department: settings.department.trim(),
        year: settings.year,
        units: settings.units
          .filter((u) => u.name.trim())
          .map((u) => ({ name: u.name.trim(), type: u.type })),
        profile,
        catalogs: catalogsFor(settings.year),
        version: VERSION,
        overwrite,
      })
    );
    if (outcome.ok) setResult(outcome.value);
    else if (outcome.error instanceof OverwriteConflict) setConflict(outcome.error);
  };

  return (
    <section className={styles.panel} aria-label="模板">
      <Body1>
        按“{profile?.name ?? "所选公开表格式"}”生成
        {profile
          ? `${profile.tables[0].code}—${profile.tables[profile.tables.length - 1].code}`
          : "公开表"}
        （A4 横向打印），并添加填报所需的输入表：
        基础信息、收支明细、预算与上年数、补充信息、科目补充。已有的输入表不会改动。
      </Body1>
      {problem ? (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : (
        <Body1>
          部门：{settings.department.trim()}；年度：{settings.year}；单位：
          {settings.units
            .filter((u) => u.name.trim())
            .map((u) => `${u.name.trim()}（${u.type}）`)
            .join("、")}
        </Body1>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={disabled || Boolean(problem)}
          onClick={() => insert(false)}
        >
          插入模板
        </Button>
      </div>
      {result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>已生成{result.tables.length}张公开表</MessageBarTitle>
            <div>{result.tables.join("、")}</div>
            {result.inputsWritten.length > 0 && (
              <div>新添加的输入表：{result.inputsWritten.join("、")}</div>
            )}
            {result.inputsKept.length > 0 && (
              <div>保留原有的输入表：{result.inputsKept.join("、")}</div>
            )}
            <div>
              下一步：在“收支明细”等输入表中填写数据（填写方法见使用指南），然后到“填报”页。
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <ConfirmOverwrite
        conflict={conflict}
        onConfirm={() => insert(true)}
        onCancel={() => setConflict(undefined)}
      />
    </section>
  );
}
