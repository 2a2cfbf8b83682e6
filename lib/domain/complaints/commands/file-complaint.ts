import { defineCommand, definePublicCommand } from "@/lib/domain/command";
import { AppError } from "@/lib/errors";
import { fileComplaintFor } from "@/lib/domain/complaints/file-core";
import { ZFileComplaint } from "@/lib/domain/complaints/schemas";

/** A signed-in citizen files a complaint: name and mobile come from the account, never from the form. */
export const fileComplaint = defineCommand({
  name: "complaints.file",
  permission: "complaints.file",
  schema: ZFileComplaint,
  async run(tx, actor, input) {
    return fileComplaintFor(tx, {
      userId: actor.userId,
      name: actor.locale === "en" ? actor.nameEn : actor.nameAr,
      mobile: actor.mobile,
      locale: actor.locale,
      auditActor: actor,
      timelineActor: actor,
      ip: null,
    }, input);
  },
});

/** Someone without an account files a complaint with the mobile number this browser confirmed by SMS code. */
export const fileComplaintAsGuest = definePublicCommand({
  name: "complaints.fileAsGuest",
  why: "anyone may report a problem in the city without an account; the mobile number is proven by a one-time SMS code (signed cookie), not typed",
  schema: ZFileComplaint,
  async run(tx, guest, input) {
    if (!guest.verifiedMobile) throw new AppError("UNAUTHENTICATED", { message: "complaints:otp.errors.notVerified" });
    return fileComplaintFor(tx, {
      userId: null,
      name: input.reporterName || null,
      mobile: guest.verifiedMobile,
      locale: input.locale,
      auditActor: { system: "guest" },
      timelineActor: { guest: true },
      ip: guest.ip,
    }, input);
  },
});
