import { filesUnder } from "../../helpers/codebase";

// jest.config.js selects its projects by folder: a test elsewhere would never run, and code shared by
// tests belongs in test/helpers (docs/ARCHITECTURE.md, 测试).
const PROJECTS = ["test/unit/", "test/integration/", "test/browser/"];

test("every test file is in a project folder, and every other test code file in test/helpers", () => {
  const code = filesUnder("test", /\.(ts|tsx|js)$/).filter((f) => !f.startsWith("test/fixtures/"));
  const tests = code.filter((f) => /\.test\.tsx?$/.test(f));
  expect(tests.length).toBeGreaterThan(50);
  expect(tests.filter((f) => !PROJECTS.some((p) => f.startsWith(p)))).toEqual([]);
  const shared = code.filter((f) => !tests.includes(f));
  expect(shared.filter((f) => !f.startsWith("test/helpers/"))).toEqual([]);
});
