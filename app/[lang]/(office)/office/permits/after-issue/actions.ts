"use server";

import { runAction } from "@/lib/actions/run-action";
import { recordPermitInspection } from "@/lib/domain/permits/after-issue/commands/record-inspection";

/** The supervising office's engineer records a stage inspection from the site (same command as the municipality's inspector). */
export async function officeRecordPermitInspectionAction(input: unknown) { return runAction(recordPermitInspection, input); }
