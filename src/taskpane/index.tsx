import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

/* global document, Office */

const root = createRoot(document.getElementById("container") as HTMLElement);

Office.onReady((info) => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App inExcel={info.host === Office.HostType.Excel} />
    </FluentProvider>
  );
});
