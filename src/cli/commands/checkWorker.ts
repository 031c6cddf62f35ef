import { parentPort, workerData } from "worker_threads";
import { readTablesOf } from "../../core/app/check";
import { XlsxFilePort } from "../../xlsx/filePort";
import { checkFile } from "./check";

// One batch-review worker: checks the files the main thread hands it, one at a time.
const priorFile: string | undefined = workerData?.prior;
const profile: string | undefined = workerData?.profile;
const prior = priorFile
  ? XlsxFilePort.open(priorFile).then((port) => readTablesOf(port, profile))
  : Promise.resolve(undefined);

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  const result = await checkFile(file, await prior, profile);
  parentPort?.postMessage({ index, result });
});
parentPort?.postMessage({ ready: true });
