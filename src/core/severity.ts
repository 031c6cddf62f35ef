/**
 * How serious a finding is, for the checks (勾稽关系, plausibility) and the draft linter alike:
 * `error` only when provable from what was read, `warning` when a person must judge, `info` (提示)
 * for what is worth knowing (a rounding 尾差).
 */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};
