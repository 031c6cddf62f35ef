import type { CellValue } from "../workbook";
import type { UnitType } from "./vocabulary";

/**
 * Input data as plain records, for writing into freshly generated input sheets: the bundled sample,
 * test fixtures, benchmarks. Amounts in 元.
 */
export interface InputRecords {
  department: string;
  year: number;
  /** 省份 and 公开表格式; when omitted, 江西's format for the year. */
  province?: string;
  profile?: string;
  units: { name: string; type?: UnitType }[];
  /** 收支明细 lines in LEDGER_COLUMNS order: 单位, 收支类型, 功能分类, 经济分类, 资金来源, 支出性质, 金额, 摘要. */
  ledger: CellValue[][];
  /** [指标, 科目编码, 年初预算数, 上年决算数]. */
  budgetPrior?: [string, string | null, number | null, number | null][];
  /** 补充信息 数值 by 项目. */
  supplementary?: Record<string, number | string>;
  /** [比较项, 科目编码, 主要原因]. */
  reasons?: [string, string | null, string][];
  /** 科目补充: [科目类型, 科目编码, 科目名称]. */
  subjects?: ["功能分类" | "经济分类", string, string][];
  /** 尾差调整 = 是. */
  tailAdjust?: boolean;
}
