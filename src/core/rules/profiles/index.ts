import type { RuleDef } from "../types";
import { jiangxi2021Rules } from "./jiangxi-2021";

/** Cross-table rules per profile id. */
export const PROFILE_RULES: Readonly<Record<string, readonly RuleDef[]>> = {
  "jiangxi-2021": jiangxi2021Rules,
};
