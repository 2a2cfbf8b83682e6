import "server-only";
import { defineCommand, definePublicCommand, type Guest } from "@/lib/domain/command";
import { AppError } from "@/lib/errors";
import { rateComplaint, reopenComplaint, type Owner } from "@/lib/domain/complaints/after-resolution";
import { ZRateComplaint, ZReopenComplaint } from "@/lib/domain/complaints/schemas";
import type { Actor } from "@/lib/auth/actor";

const citizenOwner = (actor: Actor): Owner => ({ role: "CITIZEN", where: { reporterUserId: actor.userId }, auditActor: actor, timelineActor: actor, ip: null });

function guestOwner(guest: Guest): Owner {
  if (!guest.verifiedMobile) throw new AppError("UNAUTHENTICATED", { message: "complaints:otp.errors.notVerified" });
  return { role: "GUEST", where: { reporterMobile: guest.verifiedMobile }, auditActor: { system: "guest" }, timelineActor: { guest: true }, ip: guest.ip };
}

export const rateMyComplaint = defineCommand({
  name: "complaints.rate",
  permission: "complaints.mine",
  schema: ZRateComplaint,
  run: (tx, actor, input) => rateComplaint(tx, citizenOwner(actor), input),
});

export const reopenMyComplaint = defineCommand({
  name: "complaints.reopen",
  permission: "complaints.mine",
  schema: ZReopenComplaint,
  run: (tx, actor, input) => reopenComplaint(tx, citizenOwner(actor), input),
});

export const rateTrackedComplaint = definePublicCommand({
  name: "complaints.rateAsGuest",
  why: "someone who filed without an account rates the handling; the complaint must carry the mobile number this browser confirmed by SMS code",
  schema: ZRateComplaint,
  run: (tx, guest, input) => rateComplaint(tx, guestOwner(guest), input),
});

export const reopenTrackedComplaint = definePublicCommand({
  name: "complaints.reopenAsGuest",
  why: "someone who filed without an account reopens a complaint not really fixed; the complaint must carry the mobile number this browser confirmed by SMS code",
  schema: ZReopenComplaint,
  run: (tx, guest, input) => reopenComplaint(tx, guestOwner(guest), input),
});
