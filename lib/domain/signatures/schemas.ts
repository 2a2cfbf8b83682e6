import * as z from "@/lib/zod";

/** Shared by the forms and the commands (issue 15). */
export const ZSignDocument = z.object({ documentId: z.string().trim().min(1).max(64) });

export const ZDelegate = z.object({
  positionId: z.string().trim().min(1, "signatures:errors.positionRequired").max(64),
  delegateUsername: z.string().trim().min(1, "signatures:errors.delegateRequired").max(64),
  /** Dates (YYYY-MM-DD), Asia/Riyadh days: from the start of `startsOn` to the end of `endsOn`. */
  startsOn: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "signatures:errors.dateInvalid"),
  endsOn: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "signatures:errors.dateInvalid"),
  reason: z.string().trim().min(3, "signatures:errors.reasonRequired").max(500),
});
export type DelegateInput = z.input<typeof ZDelegate>;

export const ZRevokeDelegation = z.object({ delegationId: z.string().trim().min(1).max(64) });
/** An explicit confirmation: rotating is deliberate (and an empty call must not rotate). */
export const ZRotateKey = z.object({ confirm: z.literal("rotate") });
export const ZRevokeKey = z.object({ kid: z.string().trim().min(1).max(32), reason: z.string().trim().min(3, "signatures:errors.reasonRequired").max(500) });

/** The most steps a signing chain may have (section head → … → mayor). */
export const CHAIN_MAX_STEPS = 5;
export const CHAIN_STEP_FIELDS = ["step1", "step2", "step3", "step4", "step5"] as const;
const chainStep = z.string().trim().max(64).optional().default("");

/**
 * An administrator sets the signing chain of one document type in one municipality: the positions in signing order,
 * one per select (`step1` … `step5`), the first required, no gap, no position twice.
 */
export const ZSetChain = z
  .object({
    municipalityId: z.string().trim().min(1).max(64),
    documentType: z.string().trim().min(1).max(40),
    step1: chainStep,
    step2: chainStep,
    step3: chainStep,
    step4: chainStep,
    step5: chainStep,
  })
  .superRefine((v, ctx) => {
    const steps = CHAIN_STEP_FIELDS.map((f) => v[f] ?? "");
    if (!steps[0]) ctx.addIssue({ code: "custom", path: ["step1"], message: "signatures:errors.chainFirstStep" });
    let gap = false;
    steps.forEach((s, i) => {
      if (!s) gap = true;
      else if (gap) ctx.addIssue({ code: "custom", path: [CHAIN_STEP_FIELDS[i]!], message: "signatures:errors.chainGap" });
      else if (steps.indexOf(s) < i) ctx.addIssue({ code: "custom", path: [CHAIN_STEP_FIELDS[i]!], message: "signatures:errors.chainRepeated" });
    });
  });
export type SetChainInput = z.input<typeof ZSetChain>;

/** The chain's positions, in signing order. */
export function chainPositionIds(v: { [K in (typeof CHAIN_STEP_FIELDS)[number]]?: string }): string[] {
  return CHAIN_STEP_FIELDS.map((f) => v[f] ?? "").filter(Boolean);
}
