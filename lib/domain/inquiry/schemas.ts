import { z } from "@/lib/validation";

/** The inquiry as posted (the kind's own parse checks the number; these only bound the strings). */
const shape = {
  kind: z.string().trim().min(1, { error: "inquiry:errors.chooseKind" }).max(20),
  number: z.string().max(64).default(""),
  nationalId: z.string().max(32).optional().default(""),
  locale: z.enum(["ar", "en"]).optional().default("ar"),
};
export const ZOwnerCodeRequest = z.object(shape);
export const ZOwnerCodeVerify = z.object({ ...shape, code: z.string().trim().regex(/^\d{6}$/, { error: "inquiry:errors.codeFormat" }) });

/** The one-time code's purpose (≤ 32 characters, lib/domain/identity/otp.ts): the kind and the record. */
export function ownerCodePurpose(kind: string, number: string): string {
  return `inq:${kind}:${number}`.slice(0, 32);
}
