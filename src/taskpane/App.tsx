import * as React from "react";
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import type { FillResult } from "../core/app/fill";
import { selectCells } from "./excel";
import { useCommand } from "./hooks/useCommand";
import { useSettings } from "./hooks/useSettings";
import { StatusArea } from "./components/StatusArea";
import { CheckTab } from "./tabs/CheckTab";
import { FillTab } from "./tabs/FillTab";
import { NarrativeTab } from "./tabs/NarrativeTab";
import { SettingsTab } from "./tabs/SettingsTab";
import { TemplateTab } from "./tabs/TemplateTab";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column" },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

const TABS = [
  ["settings", "设置"],
  ["template", "模板"],
  ["fill", "填报"],
  ["check", "校验"],
  ["narrative", "说明"],
] as const;
type TabId = (typeof TABS)[number][0];

export interface AppProps {
  /** False outside Excel (a plain browser): commands are disabled. */
  inExcel: boolean;
}

export function App({ inExcel }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const settingsState = useSettings();
  const { settings, update } = settingsState;
  const commands = useCommand();
  const [tab, setTab] = React.useState<TabId>(settings.department.trim() ? "template" : "settings");
  const [filled, setFilled] = React.useState<FillResult>();
  const disabled = !inExcel || Boolean(commands.status.busy);

  const { fail, note } = commands;
  const select = React.useCallback(
    (cells: readonly string[]) => void selectCells(cells).then((text) => text && note(text), fail),
    [fail, note]
  );

  const { last } = commands.status;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">决算公开助手</Subtitle1>
        <Caption1>
          {settings.department.trim()
            ? `${settings.department.trim()} · ${settings.year}年度`
            : "部门决算公开：模板、填报、校验、情况说明"}
        </Caption1>
      </header>
      {!inExcel && (
        <MessageBar intent="warning">
          <MessageBarBody>请在 Excel 中打开本加载项（开始 → 加载项）。</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value as TabId)}
      >
        {TABS.map(([id, label]) => (
          <Tab key={id} value={id}>
            {label}
          </Tab>
        ))}
      </TabList>
      <StatusArea status={commands.status} onDismiss={commands.dismiss} />
      {/* Every tab stays mounted (hidden when not selected) so its results survive switching. */}
      <div hidden={tab !== "settings"}>
        <SettingsTab {...settingsState} />
      </div>
      <div hidden={tab !== "template"}>
        <TemplateTab settings={settings} commands={commands} disabled={disabled} />
      </div>
      <div hidden={tab !== "fill"}>
        <FillTab
          settings={settings}
          update={update}
          commands={commands}
          disabled={disabled}
          onSelect={select}
          onFilled={setFilled}
        />
      </div>
      <div hidden={tab !== "check"}>
        <CheckTab
          commands={commands}
          disabled={disabled}
          onSelect={select}
          fromFill={filled?.check}
        />
      </div>
      <div hidden={tab !== "narrative"}>
        <NarrativeTab
          settings={settings}
          commands={commands}
          disabled={disabled}
          fromFill={filled}
          onFilled={setFilled}
        />
      </div>
      <footer className={styles.footer}>
        <Caption1 title="context.sync() 次数" data-testid="syncs">
          {last ? `上一项操作“${last.label}”与 Excel 往返 ${last.syncs} 次` : "尚未执行操作"}
        </Caption1>
      </footer>
    </main>
  );
}
