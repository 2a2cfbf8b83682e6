import "server-only";
import { CommitThenFail, definePublicCommand } from "@/lib/domain/command";
import { requestOtp, verifyOtp } from "@/lib/domain/identity/otp";
import { parseInquiry, publicAnswer } from "@/lib/domain/inquiry/inquire";
import { ownerCodePurpose, ZOwnerCodeRequest, ZOwnerCodeVerify } from "@/lib/domain/inquiry/schemas";
import { AppError } from "@/lib/errors";

/**
 * The inquiry's second door (issue 13): personal details of a record go to its owner — signed in, or holding
 * the owner's phone. This sends a one-time code to the mobile ON THE RECORD (never to a number the asker types),
 * with the OTP machinery's limits per mobile and per client address.
 */
export const requestInquiryOwnerCode = definePublicCommand({
  name: "inquiry.requestOwnerCode",
  why: "anyone may ask, but the code goes only to the mobile recorded on the transaction, so only its owner can read the details; limited per mobile and per address",
  schema: ZOwnerCodeRequest,
  async run(tx, guest, input) {
    const parsed = parseInquiry(input);
    if (!parsed.ok) throw new AppError("VALIDATION", { fieldErrors: parsed.fieldErrors });
    const answer = await parsed.kind.find(tx, parsed.key, new Date());
    if (!answer?.owner?.mobile) throw new AppError("NOT_FOUND", { message: "inquiry:errors.noOwnerMobile" });
    await requestOtp(tx, { mobile: answer.owner.mobile, purpose: ownerCodePurpose(parsed.kind.id, answer.number), ip: guest.ip, locale: input.locale });
    return { sent: true };
  },
});

/** Checks the owner's code; a right one answers with the owner's details (once: nothing is remembered). */
export const verifyInquiryOwnerCode = definePublicCommand({
  name: "inquiry.verifyOwnerCode",
  why: "the second half of proving one holds the owner's phone: a correct code shows the owner's details of that one record",
  schema: ZOwnerCodeVerify,
  async run(tx, _guest, input) {
    const parsed = parseInquiry(input);
    if (!parsed.ok) throw new AppError("VALIDATION", { fieldErrors: parsed.fieldErrors });
    const answer = await parsed.kind.find(tx, parsed.key, new Date());
    if (!answer?.owner?.mobile) throw new AppError("NOT_FOUND", { message: "inquiry:errors.noOwnerMobile" });
    const check = await verifyOtp(tx, { mobile: answer.owner.mobile, purpose: ownerCodePurpose(parsed.kind.id, answer.number), code: input.code });
    if (!check.ok) return new CommitThenFail(new AppError("VALIDATION", { fieldErrors: { code: check.error } }));
    return publicAnswer(answer, true);
  },
});
