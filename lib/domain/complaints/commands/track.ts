import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { createLimiter } from "@/lib/auth/rate-limit";
import { definePublicCommand } from "@/lib/domain/command";
import { AppError } from "@/lib/errors";
import { ZTrackComplaint } from "@/lib/domain/complaints/schemas";

/** Look-ups per IP address and window (counted in PostgreSQL, shared by every server process). */
export const TRACK_POINTS = 30;
export const TRACK_WINDOW_SECONDS = 15 * 60;
const limiter = createLimiter("complaint_track_ip", TRACK_POINTS, TRACK_WINDOW_SECONDS, { refuseFromMemory: true });

/**
 * Tracking without an account: the reference AND the mobile number it was filed with, both in the
 * where — a wrong pair answers exactly like an unknown reference. Limited per IP address against
 * enumeration. The server action then gives this browser a signed cookie for that one complaint.
 */
export const trackComplaint = definePublicCommand({
  name: "complaints.track",
  why: "a person who filed without an account follows their complaint with its reference and mobile number; nothing is shown unless both match",
  schema: ZTrackComplaint,
  async run(tx, guest, input) {
    try {
      await limiter.consume(guest.ip ?? "unknown", 1);
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        throw new AppError("RATE_LIMITED", { message: `complaints:track.rateLimited?minutes=${Math.max(1, Math.ceil(e.msBeforeNext / 60_000))}` });
      }
      throw e;
    }
    const found = await tx.complaint.findFirst({ where: { reference: input.reference, reporterMobile: input.mobile }, select: { reference: true } });
    if (!found) throw new AppError("NOT_FOUND", { message: "complaints:track.noMatch" });
    return { reference: found.reference, mobile: input.mobile };
  },
});
