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
