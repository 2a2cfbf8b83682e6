/**
 * Zod schemas of supervision's enforcement side (spot checks, penalties, appeals, ratings,
 * reassignment), shared by the forms and the commands.
 */
import { z } from "@/lib/validation";

export const NOTE_MIN = 10;
export const NOTE_MAX = 2000;
export const APPEAL_MIN = 20;

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);
const optionalNote = z.string().trim().max(NOTE_MAX).optional().default("");
const requiredText = (min: number) =>
  z.string().trim().min(1, { error: "validation:required" }).min(min, { error: `penalties:errors.textTooShort?min=${min}` }).max(NOTE_MAX);
const isoDay = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation:invalid" });

/** The committee samples a share of the licenses an office issued in a period for re-inspection. */
export const ZSampleSpotChecks = z
  .object({ officeId: id, from: isoDay, to: isoDay, inspectorId: z.string().trim().max(40).optional().default("auto") })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "penalties:errors.periodOrder" });
export type SampleSpotChecksInput = z.input<typeof ZSampleSpotChecks>;

export const SPOT_CHECK_RESULTS = ["PASSED", "FINDING"] as const;
/** The municipality inspector's result; a finding needs a note saying what was wrong. */
export const ZRecordSpotCheck = z
  .object({ spotCheckId: id, result: z.enum(SPOT_CHECK_RESULTS, { error: "penalties:errors.chooseResult" }), note: optionalNote })
  .superRefine((v, ctx) => {
    if (v.result === "FINDING" && v.note.length < NOTE_MIN) ctx.addIssue({ code: "custom", path: ["note"], message: `penalties:errors.textTooShort?min=${NOTE_MIN}` });
  });
export type RecordSpotCheckInput = z.input<typeof ZRecordSpotCheck>;

export const PENALTY_DECISIONS = ["CONFIRM", "DISMISS"] as const;
/** The committee confirms a proposed penalty (it takes effect) or dismisses it (with a reason). */
export const ZDecidePenalty = z
  .object({ penaltyId: id, decision: z.enum(PENALTY_DECISIONS, { error: "penalties:errors.chooseDecision" }), note: optionalNote })
  .superRefine((v, ctx) => {
    if (v.decision === "DISMISS" && v.note.length < NOTE_MIN) ctx.addIssue({ code: "custom", path: ["note"], message: `penalties:errors.textTooShort?min=${NOTE_MIN}` });
  });
export type DecidePenaltyInput = z.input<typeof ZDecidePenalty>;

/** The office manager appeals a confirmed penalty within 15 days. */
export const ZAppealPenalty = z.object({ penaltyId: id, reason: requiredText(APPEAL_MIN) });
export type AppealPenaltyInput = z.input<typeof ZAppealPenalty>;

export const APPEAL_DECISIONS = ["ACCEPT", "REJECT"] as const;
export const ZDecideAppeal = z
  .object({ appealId: id, decision: z.enum(APPEAL_DECISIONS, { error: "penalties:errors.chooseDecision" }), note: optionalNote })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && v.note.length < NOTE_MIN) ctx.addIssue({ code: "custom", path: ["note"], message: `penalties:errors.textTooShort?min=${NOTE_MIN}` });
  });
export type DecideAppealInput = z.input<typeof ZDecideAppeal>;

/** The citizen rates the office once the application is decided: 1–5 stars and an optional comment. */
export const ZRateOffice = z.object({
  applicationId: id,
  rating: z.coerce.number({ error: "penalties:errors.chooseRating" }).int({ error: "penalties:errors.chooseRating" }).min(1, { error: "penalties:errors.chooseRating" }).max(5, { error: "penalties:errors.chooseRating" }),
  comment: z.string().trim().max(500).optional().default(""),
});
export type RateOfficeInput = z.input<typeof ZRateOffice>;

/** The citizen moves an application away from a suspended office: to a chosen eligible office or "auto". */
export const ZReassignApplication = z.object({ applicationId: id, officeId: z.string().trim().min(1, { error: "penalties:errors.chooseOffice" }).max(40) });
export type ReassignApplicationInput = z.input<typeof ZReassignApplication>;
