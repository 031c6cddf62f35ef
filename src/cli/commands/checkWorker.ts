import { parentPort, workerData } from "worker_threads";
import { checkFile, priorOf } from "./check";

// One batch-review worker: checks the files the main thread hands it, one at a time. The main
// thread has read the prior file already, so it is known to be readable here.
const priorFile: string | undefined = workerData?.prior;
const profile: string | undefined = workerData?.profile;
const prior = priorFile ? priorOf(priorFile, profile) : Promise.resolve(undefined);

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  const result = await checkFile(file, await prior, profile);
  parentPort?.postMessage({ index, result });
});
parentPort?.postMessage({ ready: true });
