"use server";
// no-revalidate: the engineer's site form shows its own saved result; the permit page is rendered fresh when opened again (like the licensing visit).

import { runAction } from "@/lib/actions/run-action";
import { recordPermitInspection } from "@/lib/domain/permits/after-issue/commands/record-inspection";

/** The supervising office's engineer records a stage inspection from the site (same command as the municipality's inspector). */
export async function officeRecordPermitInspectionAction(input: unknown) { return runAction(recordPermitInspection, input); }
