import { UserError } from "../core/errors";

/** An error as the pane shows it: a Chinese headline and lines below it, never a stack trace. */
export interface ErrorView {
  title: string;
  details: string[];
}

/** Chinese explanations of the Office.js error codes a clerk is likely to meet. */
const OFFICE_HINTS: Record<string, string> = {
  InvalidArgument: "参数无效：工作表名称或单元格地址不正确，或当前 Excel 版本不支持该参数。",
  ItemNotFound: "找不到所需的工作表或单元格，可能已被删除或改名。请重新执行上一步。",
  ItemAlreadyExists: "同名的工作表已经存在。请改名或删除后重试。",
  GeneralException: "Excel 处理请求时出错。请稍后重试；工作簿很大时可先关闭其他工作簿。",
  InvalidOperation: "当前状态下不能执行此操作（例如工作表受保护）。",
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格。请先按回车或 Esc 结束编辑，再重试。",
  AccessDenied: "没有权限修改工作簿：工作簿或工作表可能受保护、只读或正在共享审阅。",
  ApiNotFound: "当前 Excel 版本不支持所需功能，请升级到 Microsoft 365 或 Excel 2021 及以上版本。",
  NotImplemented: "当前 Excel 版本不支持所需功能，请升级 Excel。",
  Conflict: "与正在进行的其他操作冲突，请稍后重试。",
  ActivityLimitReached: "操作过于频繁，已达到 Excel 的限制，请稍后重试。",
  RequestPayloadSizeLimitExceeded: "一次发送的数据超过 Excel 的限制（网页版为 5 MB）。",
  ResponsePayloadSizeLimitExceeded: "一次读取的数据超过 Excel 的限制（网页版为 5 MB）。",
  MergedRangeConflict: "要合并的单元格与已合并的区域重叠。",
  UnsupportedSheet: "当前工作表类型（如图表工作表）不支持此操作。",
  InsertDeleteConflict: "插入或删除与其他操作冲突，请重试。",
};

/** Office.js errors (OfficeExtension.Error) carry a string code such as "ItemNotFound". */
function officeCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object" || error instanceof UserError) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z][\w.]*$/.test(code) ? code : undefined;
}

export function describeError(error: unknown): ErrorView {
  if (error instanceof UserError) return { title: error.message, details: [...error.details] };
  const code = officeCode(error);
  if (code) {
    return {
      title: `Excel 返回错误：${code}`,
      details: [OFFICE_HINTS[code] ?? "请重试；若问题仍然出现，请记下错误代码并联系技术支持。"],
    };
  }
  // Opened in a plain browser: office.js gives no Excel object.
  if (error instanceof ReferenceError && /\b(Excel|Office)\b/.test(error.message)) {
    return {
      title: "无法连接 Excel",
      details: ["请在 Excel 中通过“开始 → 加载项”打开本任务窗格，而不是直接在浏览器中打开。"],
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: "程序内部错误",
    details: [message, "请重试；若问题仍然出现，请把这段文字告知技术支持。"],
  };
}
