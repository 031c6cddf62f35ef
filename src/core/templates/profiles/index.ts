import type { Profile } from "../types";
import { jiangxi2021 } from "./jiangxi-2021";

export const PROFILES: Readonly<Record<string, Profile>> = { [jiangxi2021.id]: jiangxi2021 };
export const DEFAULT_PROFILE = jiangxi2021.id;

export function findProfile(id: string): Profile | undefined {
  return PROFILES[id];
}
