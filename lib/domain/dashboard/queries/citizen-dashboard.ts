import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export type CitizenDashboardDTO = {
  nationalId: string;
  mobile: string;
  memberSince: Date;
  messages: { id: string; body: string; createdAt: Date; status: string }[];
};

/** What a citizen sees first: their identity as the portal knows it and the last messages sent to them. */
export async function getCitizenDashboard(actor: Actor): Promise<CitizenDashboardDTO> {
  // The actor was read from the database for this request, so its mobile is current: both reads go at once.
  const [user, messages] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { nationalId: true, createdAt: true } }),
    db.outboxMessage.findMany({
      where: { to: actor.mobile },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, body: true, createdAt: true, status: true },
    }),
  ]);
  return { nationalId: user.nationalId ?? "", mobile: actor.mobile, memberSince: user.createdAt, messages };
}
