/** Where commands print: stdout for results, stderr for notes and errors (so --json output stays clean). */
export interface Output {
  line(text: string): void;
  info(text: string): void;
  error(text: string): void;
}

export const consoleOutput: Output = {
  line: (text) => process.stdout.write(`${text}\n`),
  info: (text) => process.stderr.write(`提示：${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};
