// Office.js round trips per command on the sample, against the test double of Excel.
import { runSampleCommands } from "../test/unit/excel/commands";

runSampleCommands()
  .then((run) => console.log(JSON.stringify(run.syncs)))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
