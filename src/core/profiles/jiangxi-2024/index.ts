import { deriveProfile, publicTableCode } from "../derive";
import { jiangxi2021 } from "../jiangxi-2021";
import { threePublicSection } from "../jiangxi-2021/narrative";

/**
 * 江西's format since the 2022 决算: the same ten tables and nine-part 情况说明 as 2021, except that
 * the “三公” table covers all 财政拨款 (not only 一般公共预算), is titled 财政拨款“三公”经费支出决算表
 * and moved from 七、 to 九、 (政府性基金 and 国有资本经营 move up to 七、 and 八、); section 五、 of the
 * 情况说明 follows.
 */
export const jiangxi2024 = deriveProfile(jiangxi2021, {
  id: "jiangxi-2024",
  name: "江西省2022年起部门决算公开表（十张表，“三公”经费表为公开09表）",
  years: { from: 2022, to: 2024 },
  year: 2024,
  sample: "jingdezhen-2021",
  sampleYear: 2022,
  tables: {
    order: ["T01", "T02", "T03", "T04", "T05", "T06", "T08", "T09", "T07", "T10"],
    code: publicTableCode,
    change: {
      T07: {
        title: "财政拨款“三公”经费支出决算表",
        note: "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
      },
    },
  },
  narrative: { replace: { 三公: threePublicSection("财政拨款") } },
  references: [
    "共青城市苏家垱乡人民政府《2022年度部门决算》目录（江西省九江市，https://www.gongqing.gov.cn/sjdx/02/07/202310/t20231016_6254053.html）：十张表的顺序与标题、情况说明九部分",
    "赣州市南康区唐江镇人民政府本级《2022年度单位决算》目录（江西省赣州市，2023年9月公开）：与上同",
    "南昌市青山湖区统计局《2022年度部门决算》目录（http://ncqsh.nc.gov.cn/ncqsh/qshqysjs10/202309/c1ff687a5b4e4170aa361a4fd0540a94.shtml）、中共九江市委宣传部《2022年度部门决算》目录（https://jjwmw.jjxw.cn/jjwmw2022/gggs/2023-11-01/31207.html）：与上同",
    "信丰县审计局《2023年度部门决算》目录（江西省赣州市，http://jxxf.gov.cn/xfxrmzfyyh/c101943/202409/918a1a6a8cc84f0aadc2fc0796113940.shtml）：2023 年度仍是这十张表和九部分",
  ],
});
