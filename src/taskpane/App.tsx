import * as React from "react";
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from "@fluentui/react-components";
import { PROFILES } from "../core/templates/profiles";

/* global Office */

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  tables: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface AppProps {
  host: Office.HostType | null;
}

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const profile = PROFILES[0];
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">决算公开助手</Subtitle1>
      {host !== Office.HostType.Excel && (
        <MessageBar intent="warning">
          <MessageBarBody>请在 Excel 中打开本加载项。</MessageBarBody>
        </MessageBar>
      )}
      <Body1>部门决算公开十张表的模板、填报、勾稽校验与情况说明。</Body1>
      <Caption1>
        当前公开表格式：{profile.name}（{profile.tables.length} 张表）
      </Caption1>
      <ol className={styles.tables}>
        {profile.tables.map((table) => (
          <li key={table.id}>
            <Caption1>
              {table.code} {table.title}
            </Caption1>
          </li>
        ))}
      </ol>
    </main>
  );
}
