import "server-only";
import { CommitThenFail, definePublicCommand } from "@/lib/domain/command";
import { AppError } from "@/lib/errors";
import { requestOtp, verifyOtp } from "@/lib/domain/identity/otp";
import { OTP_PURPOSE_COMPLAINT, ZRequestOtp, ZVerifyOtp } from "@/lib/domain/complaints/schemas";
import { z } from "@/lib/validation";

const ZRequest = ZRequestOtp.extend({ locale: z.enum(["ar", "en"]).optional().default("ar") });

/** Sends a one-time code by SMS to the mobile number a person without an account gives. */
export const requestComplaintOtp = definePublicCommand({
  name: "complaints.requestOtp",
  why: "confirms the mobile number of someone without an account before they file or follow a complaint; limited per mobile and per IP",
  schema: ZRequest,
  async run(tx, guest, input) {
    const { expiresAt } = await requestOtp(tx, { mobile: input.mobile, purpose: OTP_PURPOSE_COMPLAINT, ip: guest.ip, locale: input.locale });
    return { expiresAt };
  },
});

/**
 * Checks the code. A wrong code is counted (committed) and then refused; the server action sets the
 * signed "verified mobile" cookie only on success.
 */
export const verifyComplaintOtp = definePublicCommand({
  name: "complaints.verifyOtp",
  why: "the second half of confirming a mobile number without an account: a correct code proves the person holds the phone",
  schema: ZVerifyOtp,
  async run(tx, _guest, input) {
    const check = await verifyOtp(tx, { mobile: input.mobile, purpose: OTP_PURPOSE_COMPLAINT, code: input.code });
    if (!check.ok) return new CommitThenFail(new AppError("VALIDATION", { fieldErrors: { code: check.error } }));
    return { mobile: input.mobile };
  },
});
