import type { SeedPart } from "./parts";
import { LICENSING_SEED, MEDICAL_CENTERS_SEED } from "./licensing";
import { LICENSING_DEMO_SEED } from "./licensing-demo";
import { COMPLAINT_STAFF_SEED, COMPLAINTS_SEED } from "./complaints";
import { AGENCY_SEED } from "./agency-clients";
import { SUPERVISION_SEED } from "./supervision";
import { OFFICE_HISTORY_SEED } from "./office-history";
import { INSIGHTS_SEED } from "./insights";
import { PERMITS_DEMO_SEED, PERMITS_SEED } from "./permits";
import { PERMITS_AFTER_ISSUE_DEMO_SEED, PERMITS_AFTER_ISSUE_SEED } from "./permits-after-issue";
import { TENDERS_SEED } from "./tenders";
import { APPOINTMENTS_DEMO_SEED, HOLIDAYS_SEED } from "./appointments";
import { SIGNATURES_SEED } from "./signatures";
import { PERMIT_SIGNATURES_SEED } from "./signatures-permits";
import { KIOSKS_SEED } from "./kiosks";
import { INQUIRY_DEMO_SEED } from "./inquiry";
import { INSIGHTS_HISTORY_SEED } from "./insights-history";
import { CITIZEN_DEMO_SEED } from "./citizen-demo";

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
  INSIGHTS_SEED,
  PERMITS_SEED,
  PERMITS_DEMO_SEED,
  // after the core permits parts (the kind, the prerequisite rule) when both are merged
  PERMITS_AFTER_ISSUE_SEED,
  PERMITS_AFTER_ISSUE_DEMO_SEED,
  TENDERS_SEED,
  HOLIDAYS_SEED,
  APPOINTMENTS_DEMO_SEED,
  SIGNATURES_SEED,
  PERMIT_SIGNATURES_SEED,
  KIOSKS_SEED,
  // after the engineering office (permits-demo) and the permit kinds
  INQUIRY_DEMO_SEED,
  // the demo citizen's own records, so every page of "my" area opens a real one (after the offices, permits, articles)
  CITIZEN_DEMO_SEED,
  // last: it looks at every area's first record (the dashboards' demo history stops before it)
  INSIGHTS_HISTORY_SEED,
];

/** The parts a seed runs: reference parts always, demo parts only when a demo is asked for. */
export function seedParts(demo: boolean): readonly SeedPart[] {
  return SEED_PARTS.filter((p) => demo || !p.demo);
}
