import { lint, serious } from "../../helpers/lint";
import { filledSample } from "../../helpers/sample";

/** The 情况说明 the tool writes for its sample must pass its own linter (提示 aside). */
test("the sample's generated 情况说明 has nothing above 提示 but its unfilled reasons", async () => {
  const { result } = await filledSample();
  const findings = serious(lint(result.narrative.text));
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    expect(f).toMatchObject({ rule: "模板残留", excerpt: "主要原因是：【请填写主要原因】" });
  }
});
