import { InputProblems } from "../../src/core/inputs/problems";
import { OverwriteConflict, UserError } from "../../src/core/errors";
import { describeError } from "../../src/taskpane/errors";
import { selectionNote, selectionOf, splitCell } from "../../src/taskpane/excel";
import type { FormatProfile } from "../../src/core/profiles/types";
import {
  chosenProfile,
  defaultSettings,
  normalizeSettings,
  settingsProblem,
} from "../../src/taskpane/settings";
import { problemCell } from "../../src/taskpane/tabs/FillTab";
import { paneGapNote } from "../../src/taskpane/tabs/CheckTab";
import type { Finding } from "../../src/core/rules/evaluate";
import { VISIBLE_MARK } from "../../src/core/rules/visible";

// The task pane's logic that needs no browser: error texts, cell selection, stored settings.

describe("describeError", () => {
  test("a UserError shows its message and details", () => {
    expect(describeError(new UserError("输入有误", ["第1行", "第2行"]))).toEqual({
      title: "输入有误",
      details: ["第1行", "第2行"],
    });
    const conflict = new OverwriteConflict(["公开01表"], ["「公开01表」已存在"]);
    expect(describeError(conflict).details).toEqual(["「公开01表」已存在"]);
    expect(describeError(new InputProblems([{ sheet: "收支明细", message: "x" }])).title).toBe(
      "输入表中有 1 处问题，请修改后再填报："
    );
  });

  test("an Office.js error shows its code with a Chinese hint, never the stack", () => {
    const error = Object.assign(new Error("The requested resource doesn't exist."), {
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { errorLocation: "Worksheet.getItem" },
    });
    const view = describeError(error);
    expect(view.title).toBe("Excel 返回错误：ItemNotFound");
    expect(view.details.join("")).toMatch(/找不到所需的工作表/);
    expect(JSON.stringify(view)).not.toContain("at ");
    for (const code of ["InvalidArgument", "GeneralException", "AccessDenied"]) {
      expect(describeError({ code }).details[0]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(describeError({ code: "SomethingNew" }).details[0]).toContain("联系技术支持");
  });

  test("anything else is an internal error, told without a stack", () => {
    const view = describeError(new TypeError("x is undefined"));
    expect(view.title).toBe("程序内部错误");
    expect(view.details[0]).toBe("x is undefined");
    expect(describeError(new ReferenceError("Excel is not defined")).title).toBe("无法连接 Excel");
    expect(describeError(new ReferenceError("foo is not defined")).title).toBe("程序内部错误");
  });
});

describe("cells to select", () => {
  test("cell labels split at the last !", () => {
    expect(splitCell("公开01表!C8")).toEqual({ sheet: "公开01表", address: "C8" });
    expect(splitCell("'A!B'!C8")).toEqual({ sheet: "A!B", address: "C8" });
    expect(splitCell("C8")).toBeUndefined();
  });

  test("a finding selects the range enclosing its cells on the sheet of its first cell", () => {
    const target = selectionOf(["公开04表!C8", "公开01表!C8", "公开04表!D12", "公开04表!C8"]);
    expect(target).toEqual({
      sheet: "公开04表",
      addresses: ["C8", "D12"],
      enclosing: "C8:D12",
      elsewhere: ["公开01表!C8"],
    });
    expect(selectionNote(target!)).toBe(
      "已在“公开04表”选中 C8:D12；本条涉及其中的 C8、D12；另涉及 公开01表!C8。"
    );
    expect(selectionOf(["公开01表!B2:C3", "公开01表!E9"])?.enclosing).toBe("B2:E9");
    expect(selectionOf(["收支明细!5:5"])?.enclosing).toBe("5:5");
    expect(selectionNote(selectionOf(["公开01表!C8"])!)).toBeUndefined();
    expect(selectionOf([])).toBeUndefined();
  });

  test("an input problem selects its cell, else its row, else the sheet", () => {
    expect(problemCell({ sheet: "收支明细", row: 4, col: 6, message: "" })).toBe("收支明细!G5");
    expect(problemCell({ sheet: "收支明细", row: 4, message: "" })).toBe("收支明细!5:5");
    expect(problemCell({ sheet: "基础信息", message: "" })).toBe("基础信息!A1");
  });
});

describe("settings", () => {
  test("stored settings are taken as far as they are valid", () => {
    expect(normalizeSettings(undefined)).toEqual(defaultSettings());
    expect(
      normalizeSettings({
        department: "某局",
        year: 2021,
        units: [{ name: "某局本级", type: "行政单位" }, { name: "某所", type: "未知" }, 5],
        tailAdjust: true,
        mode: "values",
      })
    ).toEqual({
      department: "某局",
      year: 2021,
      province: "江西",
      profile: "",
      units: [
        { name: "某局本级", type: "行政单位" },
        { name: "某所", type: "行政单位" },
      ],
      tailAdjust: true,
      mode: "values",
    });
  });

  test("what is missing before templates can be inserted", () => {
    const ok = { ...defaultSettings(), department: "某局", year: 2021 };
    ok.units = [{ name: "某局本级", type: "行政单位" }];
    expect(settingsProblem(ok)).toBeUndefined();
    expect(settingsProblem({ ...ok, department: " " })).toMatch(/部门名称/);
    expect(settingsProblem({ ...ok, year: 21 })).toMatch(/年度/);
    expect(settingsProblem({ ...ok, units: [{ name: "", type: "行政单位" }] })).toMatch(/单位名称/);
    expect(
      settingsProblem({
        ...ok,
        units: [
          { name: "甲", type: "行政单位" },
          { name: "甲", type: "事业单位" },
        ],
      })
    ).toMatch(/填写了两次/);
  });

  test("the 公开表格式: by 省份 and 年度 unless one is chosen; none for the year is a problem", () => {
    const ok = { ...defaultSettings(), department: "某局", year: 2021 };
    ok.units = [{ name: "某局本级", type: "行政单位" }];
    expect((chosenProfile(ok) as FormatProfile).id).toBe("jiangxi-2021");
    expect((chosenProfile({ ...ok, year: 2023 }) as FormatProfile).id).toBe("jiangxi-2024");
    expect((chosenProfile({ ...ok, province: "上海", year: 2024 }) as FormatProfile).id).toBe(
      "shanghai-2024"
    );
    expect(settingsProblem({ ...ok, year: 2019 })).toMatch(/没有江西2019年度的公开表格式/);
    expect(settingsProblem({ ...ok, profile: "shanghai-2024" })).toMatch(/与年度2021不符/);
    expect(normalizeSettings({ ...ok, profile: "hunan-2024" }).profile).toBe("");
  });
});

describe("校验 tab", () => {
  const finding = (severity: Finding["severity"], message: string): Finding => ({
    rule: "T06.人员经费合计",
    severity,
    message,
    cells: ["公开06表!C6"],
    expected: 0,
    actual: 0,
  });

  test("says how many visible 尾差 remain and where to close them in the pane", () => {
    const gap = finding("info", `人员经费合计：${VISIBLE_MARK}，读者可见相差 0.01`);
    expect(paneGapNote([gap, finding("info", "尾差 0.01"), gap])).toBe(
      "打印的两位小数相加不一致（读者可见的尾差）2 处：可在“设置”中打开尾差调整后重新填报，或在表下注明尾差"
    );
    expect(paneGapNote([finding("warning", "警告")])).toBeUndefined();
  });
});
