import { SOFFICE } from "./soffice";

export * from "./soffice";

/**
 * Tests that need LibreOffice run when it is installed; on CI (.ci/run installs it) its absence is a
 * failure, never a silent skip.
 */
export const describeWithLibreOffice: jest.Describe = SOFFICE
  ? describe
  : process.env.CI
    ? (((name: string) =>
        describe(name, () => {
          it("needs LibreOffice (libreoffice-calc-nogui)", () => {
            throw new Error("LibreOffice not installed; .ci/run installs it");
          });
        })) as unknown as jest.Describe)
    : describe.skip;
