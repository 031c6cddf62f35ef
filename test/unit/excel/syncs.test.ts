import { runSampleCommands } from "../../helpers/excelCommands";

/** Round trips to Excel per command on the sample: insert ≤ 2, fill ≤ 3, check ≤ 2, narrate ≤ 2. */
test("context.sync() round trips per command on the sample", async () => {
  const run = await runSampleCommands();
  expect(run.syncs).toEqual({ insert: 2, fill: 2, check: 1, narrate: 1 });
  expect(run.excel.unsynced).toBe(0);
  // The commands really worked through Office.js: the tables were filled and read back.
  expect(run.fill.displayed.get("T01.收入总计")!.toFixed(2)).toBe("1583.52");
  expect(run.check.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(run.narrate.narrative.text).toContain(
    "本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%"
  );
});
