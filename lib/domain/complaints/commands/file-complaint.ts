import "server-only";
import { defineCommand, definePublicCommand } from "@/lib/domain/command";
import { AppError } from "@/lib/errors";
import { createLimiter } from "@/lib/auth/rate-limit";
import { consumeQuota } from "@/lib/domain/identity/quota";
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
      // Filed at a self-service kiosk (issue 14): the same command, the channel from the server-built actor.
      source: actor.channel === "KIOSK" ? "KIOSK" : "WEB",
    }, input);
  },
});

/**
 * Guest filing quotas (issue 11): one confirmed code must not open the door to unlimited complaints.
 * Per confirmed mobile per day and per client IP per day (lib/http/client-ip.ts); signed-in citizens are not
 * limited here (their identity is known).
 */
export const GUEST_COMPLAINTS_PER_MOBILE_DAY = 5;
export const GUEST_COMPLAINTS_PER_IP_DAY = 20;
const DAY = 24 * 60 * 60;
const perMobile = createLimiter("guest_complaint_mobile", GUEST_COMPLAINTS_PER_MOBILE_DAY, DAY);
const perIp = createLimiter("guest_complaint_ip", GUEST_COMPLAINTS_PER_IP_DAY, DAY);

/** Someone without an account files a complaint with the mobile number this browser confirmed by SMS code. */
export const fileComplaintAsGuest = definePublicCommand({
  name: "complaints.fileAsGuest",
  why: "anyone may report a problem in the city without an account; the mobile number is proven by a one-time SMS code (signed cookie), not typed",
  schema: ZFileComplaint,
  async run(tx, guest, input) {
    if (!guest.verifiedMobile) throw new AppError("UNAUTHENTICATED", { message: "complaints:otp.errors.notVerified" });
    await consumeQuota(perIp, guest.ip || "unknown-client", "complaints:errors.tooManyComplaints");
    await consumeQuota(perMobile, guest.verifiedMobile, "complaints:errors.tooManyComplaints");
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
