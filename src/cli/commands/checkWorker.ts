import { parentPort, workerData } from "worker_threads";
import { readTablesOf } from "../../core/app/check";
import { ExcelJsPort } from "../../xlsx/port";
import { readWorkbookFile } from "../../xlsx/file";
import { identityOf } from "../prior";
import { checkFile } from "./check";

// One batch-review worker: checks the files the main thread hands it, one at a time.
const priorFile: string | undefined = workerData?.prior;
const prior = priorFile
  ? readWorkbookFile(priorFile).then(async (wb) => ({
      file: priorFile,
      tables: await readTablesOf(new ExcelJsPort(wb)),
      identity: identityOf(wb),
    }))
  : Promise.resolve(undefined);

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  const result = await checkFile(file, await prior);
  parentPort?.postMessage({ index, result });
});
parentPort?.postMessage({ ready: true });
