// What bin/juesuan.js needs from the bundle (webpack.cli.config.js bundles the CLI from here).
export { consoleOutput } from "./output";
export { guardProcess } from "./failure";

/** The command line, loaded once guardProcess is in place: a failure while loading is reported too. */
export async function main(argv: string[]): Promise<number> {
  return (require("./main") as typeof import("./main")).main(argv);
}
