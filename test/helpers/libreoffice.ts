import { describeWhenInstalled } from "./requires";
import { SOFFICE } from "./soffice";

export * from "./soffice";

export const describeWithLibreOffice = describeWhenInstalled(
  SOFFICE,
  "LibreOffice (libreoffice-calc-nogui)"
);
