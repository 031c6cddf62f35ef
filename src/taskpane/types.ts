import type { FillResult } from "../core/app/fill";
import type { PaneSettings } from "./settings";

/** Shows cells in Excel, given as "公开01表!C8". */
export type SelectCells = (cells: readonly string[]) => void;
/** Receives each successful fill (校验 and 说明 show its results). */
export type OnFilled = (result: FillResult) => void;
export type UpdateSettings = (change: Partial<PaneSettings>) => void;

/** Whether files cannot be saved here (Excel on Mac); then the pane names this CLI command instead. */
export type BlockedSaving = (command: string) => boolean;
