/* global Office */

// Ribbon commands run in the shared runtime; the manifest's only button opens the task pane, so there
// is nothing to associate yet beyond waiting for Office to be ready.
Office.onReady(() => undefined);
