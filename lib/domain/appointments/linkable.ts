import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db as defaultDb, type DbOrTx } from "@/lib/db";
import type { LinkKind } from "@/lib/domain/appointments/rules";
import { localName } from "@/lib/kernel/locale";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/** One of the citizen's own transactions an appointment may be about ("KIND:number" in the form). */
export type LinkableDTO = { value: string; kind: LinkKind; ref: string; label: string };

/** Whether `linked` is the actor's own record (the rule is in the where). */
export async function ownLinkable(db: DbOrTx, actor: Actor, linked: { kind: LinkKind; ref: string }): Promise<boolean> {
  switch (linked.kind) {
    case "LICENSE_APPLICATION":
      return (await db.licenseApplication.count({ where: { number: linked.ref, applicantId: actor.userId, status: { not: "DRAFT" } } })) === 1;
    case "COMPLAINT":
      return (await db.complaint.count({ where: { reference: linked.ref, reporterUserId: actor.userId } })) === 1;
    case "VIOLATION": {
      const nationalId = await actorNationalIdOrNull(db, actor);
      if (!nationalId) return false;
      return (await db.violation.count({ where: { number: linked.ref, establishment: { ownerNationalId: nationalId } } })) === 1;
    }
  }
}

/** The citizen's recent transactions, newest first, for the booking form's select. */
export async function myLinkables(actor: Actor, db: DbOrTx = defaultDb): Promise<LinkableDTO[]> {
  const nationalId = await actorNationalIdOrNull(db, actor);
  const [apps, complaints, violations] = await Promise.all([
    db.licenseApplication.findMany({ where: { applicantId: actor.userId, status: { not: "DRAFT" } }, orderBy: { createdAt: "desc" }, take: 10, select: { number: true, tradeNameAr: true } }),
    db.complaint.findMany({ where: { reporterUserId: actor.userId }, orderBy: { createdAt: "desc" }, take: 10, select: { reference: true, category: { select: { nameAr: true, nameEn: true } } } }),
    nationalId
      ? db.violation.findMany({ where: { establishment: { ownerNationalId: nationalId } }, orderBy: { createdAt: "desc" }, take: 10, select: { number: true } })
      : Promise.resolve([]),
  ]);
  return [
    ...apps.map((a) => ({ value: `LICENSE_APPLICATION:${a.number}`, kind: "LICENSE_APPLICATION" as const, ref: a.number, label: a.tradeNameAr ?? "" })),
    ...complaints.map((c) => ({ value: `COMPLAINT:${c.reference}`, kind: "COMPLAINT" as const, ref: c.reference, label: localName(actor.locale, c.category) })),
    ...violations.map((v) => ({ value: `VIOLATION:${v.number}`, kind: "VIOLATION" as const, ref: v.number, label: "" })),
  ];
}
