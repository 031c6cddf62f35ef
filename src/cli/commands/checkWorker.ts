import { parentPort, workerData } from "worker_threads";
import { readTablesOf } from "../../core/app/check";
import { ExcelJsPort } from "../../xlsx/port";
import { readWorkbookFile } from "../../xlsx/file";
import { checkFile } from "./check";

// One batch-review worker: checks the files the main thread hands it, one at a time.
const priorFile: string | undefined = workerData?.prior;
const profile: string | undefined = workerData?.profile;
const prior = priorFile
  ? readWorkbookFile(priorFile).then((wb) => readTablesOf(new ExcelJsPort(wb), profile))
  : Promise.resolve(undefined);

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  const result = await checkFile(file, await prior, profile);
  parentPort?.postMessage({ index, result });
});
parentPort?.postMessage({ ready: true });
