import type { SeedPart } from "./parts";
import { LICENSING_SEED } from "./licensing";
import { LICENSING_DEMO_SEED } from "./licensing-demo";
import { COMPLAINTS_SEED } from "./complaints";
import { AGENCY_SEED } from "./agency-clients";
import { SUPERVISION_SEED } from "./supervision";
import { OFFICE_HISTORY_SEED } from "./office-history";

/** Every seed part, in the order they run (after the core seed). */
export const SEED_PARTS: readonly SeedPart[] = [AGENCY_SEED, LICENSING_SEED, LICENSING_DEMO_SEED, COMPLAINTS_SEED, SUPERVISION_SEED, OFFICE_HISTORY_SEED];
