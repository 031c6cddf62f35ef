import { oneYearFormat } from "../derive";
import type { FormatProfile } from "../types";
import { charts } from "./charts";
import { FACTS } from "./facts";
import { FILL } from "./fill";
import { GLOSSARY } from "./glossary";
import { NARRATIVE } from "./narrative";
import { PLAUSIBILITY } from "./plausibility";
import { RULES } from "./rules";
import { TABLES } from "./tables";
import { VOCABULARY } from "./vocabulary";

/** 江西省 2021 年度部门决算公开：十张表，情况说明九部分。 */
export const jiangxi2021: FormatProfile = {
  ...oneYearFormat("jiangxi-2021", "江西省2021年度部门决算公开表（十张表）", "江西", 2021),
  tables: TABLES,
  fill: FILL,
  rules: RULES,
  plausibility: PLAUSIBILITY,
  narrative: NARRATIVE,
  lintFacts: FACTS,
  vocabulary: VOCABULARY,
  glossary: GLOSSARY,
  charts,
  sample: "jingdezhen-2021",
  references: [
    "景德镇市陶瓷产业发展局《2021年度部门决算》（江西省景德镇市，2022年公开）：表目录、情况说明结构与措辞",
  ],
};
