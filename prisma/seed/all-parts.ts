import type { SeedPart } from "./parts";
import { LICENSING_SEED, MEDICAL_CENTERS_SEED } from "./licensing";
import { LICENSING_DEMO_SEED } from "./licensing-demo";
import { COMPLAINT_STAFF_SEED, COMPLAINTS_SEED } from "./complaints";
import { AGENCY_SEED } from "./agency-clients";
import { SUPERVISION_SEED } from "./supervision";
import { OFFICE_HISTORY_SEED } from "./office-history";
import { KIOSKS_SEED } from "./kiosks";

/** Every seed part, in the order they run (after the core seed). Parts flagged `demo` run only for a demo. */
export const SEED_PARTS: readonly SeedPart[] = [
  AGENCY_SEED,
  LICENSING_SEED,
  MEDICAL_CENTERS_SEED,
  LICENSING_DEMO_SEED,
  COMPLAINTS_SEED,
  COMPLAINT_STAFF_SEED,
  SUPERVISION_SEED,
  OFFICE_HISTORY_SEED,
  KIOSKS_SEED,
];

/** The parts a seed runs: reference parts always, demo parts only when a demo is asked for. */
export function seedParts(demo: boolean): readonly SeedPart[] {
  return SEED_PARTS.filter((p) => demo || !p.demo);
}
