import { profileSummaries } from "../../core/profiles";
import type { Output } from "../output";

export interface ProfilesArgs {
  json?: boolean;
}

/** juesuan profiles [--json]: the formats this version ships, with their years and tables. */
export function runProfiles(args: ProfilesArgs, output: Output): number {
  const summaries = profileSummaries();
  if (args.json) {
    output.line(
      JSON.stringify(
        summaries.map(({ id, province, years, tables }) => ({ id, province, years, tables })),
        null,
        2
      )
    );
    return 0;
  }
  for (const p of summaries) {
    output.line(`${p.id}  ${p.province}  ${p.years.join("、")}年度  ${p.name}`);
    for (const t of p.tables) output.line(`  ${t.code} ${t.title}`);
  }
  output.line(
    "生成工作簿：juesuan init 文件.xlsx --dept 部门 --year 年度 [--province 省份 | --profile 格式]"
  );
  return 0;
}
