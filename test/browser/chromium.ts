import * as fs from "fs";

/** The Debian package's Chromium (.ci/run installs it); playwright-core drives it, no download. */
export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  fs.existsSync(p)
);

/**
 * Tests that need Chromium run when it is installed; on CI its absence is a failure, never a silent
 * skip (as describeWithLibreOffice in test/helpers/libreoffice.ts).
 */
export const describeWithChromium: jest.Describe = CHROMIUM
  ? describe
  : process.env.CI
    ? (((name: string) =>
        describe(name, () => {
          it("needs Chromium (Debian package chromium)", () => {
            throw new Error("Chromium not installed; .ci/run installs it");
          });
        })) as unknown as jest.Describe)
    : describe.skip;
