import type { SeedPart } from "./parts";
import { LICENSING_SEED } from "./licensing";
import { COMPLAINTS_SEED } from "./complaints";
import { AGENCY_SEED } from "./agency-clients";

/** Every seed part, in the order they run (after the core seed). */
export const SEED_PARTS: readonly SeedPart[] = [AGENCY_SEED, LICENSING_SEED, COMPLAINTS_SEED];
