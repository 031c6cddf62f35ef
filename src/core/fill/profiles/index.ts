import type { ProfileSources } from "../sources";
import { jiangxi2021Sources } from "./jiangxi-2021";

/** Fill definitions per profile id (templates/profiles holds the matching layouts). */
export const PROFILE_SOURCES: Readonly<Record<string, ProfileSources>> = {
  "jiangxi-2021": jiangxi2021Sources,
};
