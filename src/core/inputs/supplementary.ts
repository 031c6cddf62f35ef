/** The 补充信息 items: facts of this year that the detail ledger does not carry. */

export type ItemUnit = "元" | "人" | "人次" | "个" | "批" | "辆" | "台（套）" | "文字";

export interface SupplementaryItem {
  group: string;
  /** The 项目 caption, unique: the key the reader and the formulas use. */
  name: string;
  unit: ItemUnit;
  hint?: string;
}

const items = (
  group: string,
  unit: ItemUnit,
  names: string[],
  hint?: string
): SupplementaryItem[] => names.map((name) => ({ group, name, unit, hint }));

export const SUPPLEMENTARY_ITEMS: readonly SupplementaryItem[] = [
  ...items("人员情况", "人", [
    "在职人员",
    "离休人员",
    "退休人员",
    "其他人员",
    "学生人数",
    "由养老保险基金发放养老金的离退休人员",
  ]),
  {
    group: "人员情况",
    name: "年末实有人数",
    unit: "人",
    hint: "留空则按在职、离休、退休、其他人员与由养老保险基金发放养老金的离退休人员之和计算",
  },
  ...items(
    "“三公”经费决算",
    "元",
    ["因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"],
    "一般公共预算财政拨款安排的决算数，填入公开07表决算数"
  ),
  { group: "“三公”经费决算", name: "因公出国（境）团组数", unit: "个" },
  { group: "“三公”经费决算", name: "因公出国（境）人次", unit: "人次" },
  {
    group: "“三公”经费决算",
    name: "因公出国（境）主要用途",
    unit: "文字",
    hint: "如：无；或赴××开展××",
  },
  { group: "“三公”经费决算", name: "国内公务接待批次", unit: "批", hint: "含外事接待" },
  { group: "“三公”经费决算", name: "国内公务接待人次", unit: "人次" },
  { group: "“三公”经费决算", name: "外事接待批次", unit: "批" },
  { group: "“三公”经费决算", name: "外事接待人次", unit: "人次" },
  { group: "“三公”经费决算", name: "公务接待主要用途", unit: "文字" },
  { group: "“三公”经费决算", name: "公务用车购置数", unit: "辆" },
  {
    group: "“三公”经费决算",
    name: "公务用车保有量",
    unit: "辆",
    hint: "年末使用一般公共预算财政拨款开支运行维护费的公务用车",
  },
  {
    group: "机关运行经费",
    name: "机关运行经费支出",
    unit: "元",
    hint: "行政单位和参照公务员法管理事业单位一般公共预算财政拨款基本支出中的公用经费",
  },
  ...items("政府采购", "元", ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"]),
  ...items("政府采购", "元", [
    "授予中小企业合同金额",
    "授予小微企业合同金额",
    "货物采购授予中小企业合同金额",
    "工程采购授予中小企业合同金额",
    "服务采购授予中小企业合同金额",
  ]),
  ...items("国有资产（公开10表）", "元", [
    "流动资产",
    "固定资产",
    "房屋",
    "车辆",
    "单价50万元以上通用设备",
    "单价100万元以上专用设备",
    "对外投资",
    "无形资产",
    "其他资产",
  ]),
  ...items("国有资产（公开10表）", "辆", [
    "领导干部用车",
    "一般公务用车",
    "执法执勤用车",
    "特种专业技术用车",
    "其他用车",
  ]),
  { group: "国有资产（公开10表）", name: "单价50万元以上通用设备数量", unit: "台（套）" },
  { group: "国有资产（公开10表）", name: "单价100万元以上专用设备数量", unit: "台（套）" },
  { group: "预算绩效", name: "绩效自评项目个数", unit: "个" },
  { group: "预算绩效", name: "绩效自评涉及资金", unit: "元" },
];
