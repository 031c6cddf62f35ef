import * as path from "path";
import { promises as fs } from "fs";
import type { Output } from "../output";
import { runInit } from "./init";

export interface DemoArgs {
  out: string;
}

/** npm run demo: the main job on the bundled sample department. */
export async function runDemo(args: DemoArgs, output: Output): Promise<number> {
  await fs.mkdir(args.out, { recursive: true });
  const blank = path.join(args.out, "blank.xlsx");
  return runInit(
    blank,
    {
      dept: "景德镇市陶瓷产业发展局",
      year: "2021",
      unit: ["局本级:行政单位", "景德镇市特种陶瓷研究所:事业单位"],
      force: true,
    },
    output
  );
}
