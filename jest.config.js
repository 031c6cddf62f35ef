// One project per kind of test, selected by folder (a new test file joins its folder's project):
// - unit: test/unit, pure TypeScript and ExcelJS in memory, no LibreOffice, no Chromium (`npm run test:unit`);
// - integration: test/integration, the CLI end to end, LibreOffice recalculation and printing;
// - browser: test/browser, the production build and the task pane in Chromium.
// `npm test` runs all three.
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Type-checking is done once by `npm run typecheck`; ts-jest only transpiles.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // The fast .xlsx reader is checked against a full ExcelJS load on every workbook tests read.
  setupFiles: ["<rootDir>/test/helpers/verifyReads.ts"],
  // Temporary folders made by tempDir() are removed when the test file ends.
  setupFilesAfterEnv: ["<rootDir>/test/helpers/cleanup.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: ["unit", "integration", "browser"].map((name) => ({
    ...shared,
    displayName: name,
    roots: [`<rootDir>/test/${name}`],
  })),
};
