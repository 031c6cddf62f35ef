/**
 * A describe for tests that need an installed program: they run when it is there; on CI (.ci/run
 * installs it) its absence is a failure, never a silent skip; elsewhere they are skipped.
 */
export function describeWhenInstalled(program: string | undefined, what: string): jest.Describe {
  if (program) return describe;
  if (!process.env.CI) return describe.skip;
  return ((name: string) =>
    describe(name, () => {
      it(`needs ${what}`, () => {
        throw new Error(`${what} not installed; .ci/run installs it`);
      });
    })) as unknown as jest.Describe;
}
