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
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { nationalId: true, mobile: true, createdAt: true } });
  const messages = await db.outboxMessage.findMany({
    where: { to: user.mobile },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, body: true, createdAt: true, status: true },
  });
  return { nationalId: user.nationalId ?? "", mobile: user.mobile, memberSince: user.createdAt, messages };
}
