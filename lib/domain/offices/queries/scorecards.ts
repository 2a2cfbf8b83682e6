import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { computeScorecards, lastDays, type Scorecard } from "@/lib/domain/offices/scorecard";
import { officeScope } from "@/lib/domain/offices/scope";
import { AppError } from "@/lib/errors";

/** Scorecards of the offices a staff actor supervises. */
export async function staffScorecards(actor: Actor, days: number): Promise<Scorecard[]> {
  if (!rolesAllow(actor.roles, "offices.scorecards")) throw new AppError("FORBIDDEN");
  const offices = await db.licensingOffice.findMany({ where: { ...officeScope(actor), status: { in: ["ACTIVE", "SUSPENDED", "REVOKED"] } }, select: { id: true } });
  return computeScorecards(db, offices.map((o) => o.id), lastDays(days));
}

