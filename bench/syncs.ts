// Office.js round trips per command on the sample, against the test double of Excel.
import { runSampleCommands } from "../test/helpers/excelCommands";

runSampleCommands()
  .then((run) => console.log(JSON.stringify(run.syncs)))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
