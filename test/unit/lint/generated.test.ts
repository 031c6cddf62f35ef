import { loadSample, sampleWorkbook } from "../../../src/cli/commands/demo";
import { fillTables } from "../../../src/core/app/fill";
import { ExcelJsPort } from "../../../src/xlsx/port";
import { lint, serious } from "./helpers";

/** The 情况说明 the tool writes for its sample must pass its own linter (提示 aside). */
test("the sample's generated 情况说明 has nothing above 提示 but its unfilled reasons", async () => {
  const result = await fillTables(new ExcelJsPort(await sampleWorkbook(await loadSample())), {
    mode: "formulas",
    version: "t",
  });
  const findings = serious(lint(result.narrative.text));
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    expect(f).toMatchObject({ rule: "模板残留", excerpt: "主要原因是：【请填写主要原因】" });
  }
});
