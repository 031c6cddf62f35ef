import { PROFILES } from "../profiles";
import { catalogsFor, Catalogs } from "../subjects";
import { layoutTable } from "../templates/layout";
import type { Profile } from "../templates/types";
import { expandRules, withTableCodes } from "./expand";
import { SEVERITY_LABEL } from "./types";
import type { RuleDef, Term } from "./types";

/** docs/rules.md: the rules of every shipped 公开表格式, one section each. */
export function rulesDocuments(): string {
  return PROFILES.map((p) => rulesDocument(p, p.rules, catalogsFor(p.year))).join("\n");
}

/** One format's rules, generated from the same data the checker evaluates. */
export function rulesDocument(
  profile: Profile,
  defs: readonly RuleDef[],
  catalogs: Catalogs
): string {
  const layouts = new Map(
    profile.tables.map((t) => [t.id, layoutTable(t, { catalogs, regionCodes: {} })])
  );
  const within = expandRules([], { layouts, functional: catalogs.functional, withPrior: false });
  const lines = [
    `# 勾稽关系规则（${profile.name}，\`${profile.id}\`）`,
    "",
    "本文件由 `npm run docs:rules` 根据规则数据（src/core/profiles）生成，请勿手工修改。",
    "",
    "严重程度：**错误**须修改后再报送；**警告**多半有误，确属如此须说明；**提示**供参考。",
    "表中数字为四舍五入到两位小数的万元数时，n 个数参与的关系允许相差 n × 0.005（报“尾差”提示）；",
    "本工具按完整精度填报的工作簿则要求严格相等。",
    "",
    "## 一、表内关系（来自各表的定义）",
    "",
    "科目行按实际数据展开：每一列中，“类”等于所属“款”之和，“款”等于所属“项”之和，“合计”行等于各“类”之和；",
    `${profile.tables.find((t) => t.id === "T06")?.code ?? "基本支出表"}每个经济分类“类”等于所属“款”之和。以下为固定行列的表内关系（均为**错误**级）：`,
    "",
    ...profile.tables.flatMap((table) => {
      const rules = within.filter((r) => r.ruleId === `${table.id}.表内合计`);
      return rules.length
        ? [
            `### ${table.code} ${table.title}`,
            "",
            ...rules.map((r) => `- \`${r.id}\`：${r.message}`),
            "",
          ]
        : [];
    }),
    "## 二、表间及其他关系",
    "",
    "| 编号 | 严重程度 | 关系 | 说明 |",
    "|---|---|---|---|",
    ...defs.map((d) => {
      const each = d.forEach
        ? `（对${d.forEach.tables.map((t) => profile.tables.find((x) => x.id === t)?.code ?? t).join("、")}的每个${d.forEach.level ?? "科目"}行）`
        : "";
      const prior = d.needsPrior
        ? "（需 `--prior` 上年文件）"
        : d.whenPresent
          ? "（工作簿含输入表时）"
          : "";
      const message = withTableCodes(
        d.message,
        (t) => profile.tables.find((x) => x.id === t)?.code
      );
      return `| \`${d.id}\` | ${SEVERITY_LABEL[d.severity]} | ${formula(d)} | ${message}${each}${prior} |`;
    }),
    "",
  ];
  return lines.join("\n");
}

function formula(def: RuleDef): string {
  const side = (terms: Term[]) =>
    terms
      .map((t, i) => `${t.sign === -1 ? " − " : i ? " + " : ""}${t.prior ? "上年·" : ""}${t.id}`)
      .join("");
  return `${side(def.left)} ${def.relation === "=" ? "=" : "≤"} ${side(def.right)}`.replace(
    /\|/g,
    "\\|"
  );
}
