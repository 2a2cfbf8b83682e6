import "server-only";
import type { DbOrTx } from "@/lib/db";
import { repeatWindowStart } from "@/lib/domain/violations/rules";

/**
 * A repeat offence: the same article against the same establishment, observed within the previous
 * 365 days, not cancelled (an accepted objection means there was no offence).
 */
export async function isRepeatOffence(db: DbOrTx, establishmentId: string, articleId: string, at: Date): Promise<boolean> {
  const previous = await db.violation.count({
    where: { establishmentId, articleId, status: { not: "CANCELLED" }, observedAt: { gte: repeatWindowStart(at), lte: at } },
  });
  return previous > 0;
}

/** The articles this establishment would repeat now (for the inspector's form). */
export async function repeatedArticleIds(db: DbOrTx, establishmentId: string, at: Date): Promise<Set<string>> {
  const rows = await db.violation.findMany({
    where: { establishmentId, status: { not: "CANCELLED" }, observedAt: { gte: repeatWindowStart(at), lte: at } },
    select: { articleId: true },
    distinct: ["articleId"],
  });
  return new Set(rows.map((r) => r.articleId));
}
