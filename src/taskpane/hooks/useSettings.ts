import { useCallback, useEffect, useRef, useState } from "react";
import { loadSettings, PaneSettings, saveSettings } from "../settings";

/* global setTimeout, clearTimeout */

export interface SettingsState {
  settings: PaneSettings;
  update: (change: Partial<PaneSettings>) => void;
  /** "saved" once the last change is in the workbook; an error text if saving failed. */
  saved: "saved" | "pending" | string;
}

/** The pane's settings, saved into the workbook (or local storage) shortly after each change. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<PaneSettings>(loadSettings);
  const [saved, setSaved] = useState<SettingsState["saved"]>("saved");
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    setSaved("pending");
    const timer = setTimeout(() => {
      saveSettings(settings).then(
        () => setSaved("saved"),
        (error: unknown) =>
          setSaved(`设置未能保存：${error instanceof Error ? error.message : String(error)}`)
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [settings]);

  const update = useCallback(
    (change: Partial<PaneSettings>) => setSettings((s) => ({ ...s, ...change })),
    []
  );
  return { settings, update, saved };
}
