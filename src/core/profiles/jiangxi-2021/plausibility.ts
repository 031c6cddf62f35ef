import type { PlausibilityDef } from "../../rules/plausibility";

/** Figures of the 江西 tables and input sheets that should agree though no 勾稽关系 binds them. */
export const PLAUSIBILITY: readonly PlausibilityDef[] = [
  {
    id: "合理性.公务用车保有量≤车辆数",
    kind: "atMost",
    left: [{ item: "公务用车保有量" }],
    right: [{ cell: "T10.车辆数" }],
    message:
      "“补充信息”中公务用车保有量超过了国有资产占用情况表的车辆数：财政拨款运维的公务用车应包含在单位车辆中",
  },
  {
    id: "合理性.购置车辆→购置费",
    kind: "implies",
    left: [{ item: "公务用车购置数" }],
    right: [{ cell: "T07.决算.公务用车购置费" }],
    message: "“补充信息”填了公务用车购置数，但“三公”经费表的公务用车购置费决算数为 0",
  },
  {
    id: "合理性.购置费→购置车辆",
    kind: "implies",
    left: [{ cell: "T07.决算.公务用车购置费" }],
    right: [{ item: "公务用车购置数" }],
    message: "“三公”经费表有公务用车购置费，但“补充信息”中公务用车购置数为 0",
  },
  {
    id: "合理性.购置设备→资产",
    kind: "implies",
    left: [{ ledger: { kind: "支出", economic: ["31002", "31003", "31013"] } }],
    right: [{ cell: "T10.资产总额" }],
    message:
      "“收支明细”中有设备或公务用车购置支出（经济分类 31002、31003、31013），但国有资产占用情况表的资产总额为 0：请核对“补充信息”中的资产数",
  },
];
