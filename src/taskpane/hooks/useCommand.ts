import { useCallback, useRef, useState } from "react";
import { OverwriteConflict } from "../../core/errors";
import { OfficeWorkbookPort } from "../../excel/port";
import { describeError, ErrorView } from "../errors";

/** Told after a command that read a workbook in manual calculation mode. */
export const MANUAL_CALCULATION =
  "工作簿为手动计算模式：读取前已让 Excel 重新计算，所用数值是最新的。计算模式未作改动（公式 → 计算选项）。";

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface CommandStatus {
  /** What is running now (shown beside the spinner). */
  busy?: string;
  /** The last failure, unless the tab handles it itself (overwrite confirmation). */
  error?: ErrorView;
  /** Something the clerk should know that is not an error (which cells were selected, a recalculation). */
  notice?: string;
  /** Round trips to Excel (`context.sync()`) of the last command. */
  last?: { label: string; syncs: number };
}

export type RunCommand = <T>(
  label: string,
  work: (port: OfficeWorkbookPort) => Promise<T>,
  /** Errors the tab shows itself (e.g. input problems as a clickable list). */
  handles?: (error: unknown) => boolean
) => Promise<Outcome<T>>;

export interface Commands {
  status: CommandStatus;
  run: RunCommand;
  /** Shows an error that did not come from a command (e.g. a failed selection). */
  fail: (error: unknown) => void;
  /** Shows a notice (replaced by the next command). */
  note: (text: string) => void;
  dismiss: () => void;
}

/**
 * Runs one command at a time, each on a fresh port (as the CLI opens the file afresh), and keeps what
 * the status area shows: the spinner, a readable error, the round-trip count.
 */
export function useCommand(): Commands {
  const [status, setStatus] = useState<CommandStatus>({});
  const running = useRef(false);

  const run = useCallback<RunCommand>(async (label, work, handles) => {
    if (running.current) return { ok: false, error: new Error("另一项操作正在进行") };
    running.current = true;
    const port = new OfficeWorkbookPort();
    setStatus((s) => ({ busy: label, last: s.last }));
    try {
      const value = await work(port);
      // Work that never touched the workbook (e.g. making the Word file) keeps the last count.
      setStatus((s) => ({
        last: port.syncCount ? { label, syncs: port.syncCount } : s.last,
        notice: port.recalculatedManual ? MANUAL_CALCULATION : undefined,
      }));
      return { ok: true, value };
    } catch (error) {
      setStatus({
        last: { label, syncs: port.syncCount },
        // Overwrite conflicts are asked about by the tab (a confirm dialog), not shown as errors.
        error:
          error instanceof OverwriteConflict || handles?.(error) ? undefined : describeError(error),
      });
      return { ok: false, error };
    } finally {
      running.current = false;
    }
  }, []);

  const fail = useCallback(
    (error: unknown) => setStatus((s) => ({ ...s, error: describeError(error) })),
    []
  );
  const note = useCallback((text: string) => setStatus((s) => ({ ...s, notice: text })), []);
  const dismiss = useCallback(
    () => setStatus((s) => ({ ...s, error: undefined, notice: undefined })),
    []
  );
  return { status, run, fail, note, dismiss };
}
