import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { myPayerScope } from "@/lib/domain/payments/queries/my-bills";

/** How far ahead an expiring license is announced on the dashboard (issue 17, item 2). */
export const EXPIRY_NOTICE_DAYS = 60;

export type TodoItemDTO =
  | { kind: "unpaidBill"; key: string; number: string; totalHalalas: number; dueAt: Date; href: string }
  | { kind: "returned"; key: string; number: string; href: string }
  | { kind: "objection"; key: string; number: string; href: string }
  | { kind: "expiring"; key: string; number: string; expiresAt: Date; href: string };

/**
 * «مطلوب منك»: what the signed-in citizen owes or must act on, each with the page where they act. Every query is
 * scoped to the actor in its `where` (bills payable by their ID or their establishments' CRs, their applications,
 * objections on their establishments' violations, licenses they hold).
 */
export async function citizenTodo(actor: Actor, lang: string, now = new Date()): Promise<TodoItemDTO[]> {
  const scope = await myPayerScope(actor);
  const nationalId = scope.nationalId;
  if (!nationalId) return [];
  const soon = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * 24 * 3600 * 1000);
  const [bills, returned, objections, expiring] = await Promise.all([
    db.bill.findMany({
      where: { status: "UNPAID", expiresAt: { gt: now }, OR: [{ payerNationalId: nationalId }, ...(scope.crNumbers.length ? [{ payerCrNumber: { in: scope.crNumbers } }] : [])] },
      select: { number: true, totalHalalas: true, dueAt: true },
      orderBy: [{ dueAt: "asc" }, { number: "asc" }],
      take: 10,
    }),
    db.licenseApplication.findMany({ where: { applicantId: actor.userId, status: "RETURNED" }, select: { id: true, number: true }, orderBy: { number: "asc" }, take: 10 }),
    db.objection.findMany({
      where: { status: "PENDING", violation: { establishment: { ownerNationalId: nationalId } } },
      select: { violation: { select: { id: true, number: true } } },
      orderBy: { filedAt: "asc" },
      take: 10,
    }),
    db.license.findMany({ where: { holderNationalId: nationalId, status: "ACTIVE", expiresAt: { gt: now, lte: soon } }, select: { id: true, number: true, expiresAt: true }, orderBy: { expiresAt: "asc" }, take: 10 }),
  ]);
  return [
    ...bills.map((b): TodoItemDTO => ({ kind: "unpaidBill", key: `bill:${b.number}`, number: b.number, totalHalalas: b.totalHalalas, dueAt: b.dueAt, href: `/${lang}/my/bills/${encodeURIComponent(b.number)}` })),
    ...returned.map((a): TodoItemDTO => ({ kind: "returned", key: `app:${a.id}`, number: a.number, href: `/${lang}/my/licenses/applications/${encodeURIComponent(a.id)}` })),
    ...objections.map((o): TodoItemDTO => ({ kind: "objection", key: `obj:${o.violation.id}`, number: o.violation.number, href: `/${lang}/my/violations/${encodeURIComponent(o.violation.id)}` })),
    ...expiring.map((l): TodoItemDTO => ({ kind: "expiring", key: `lic:${l.id}`, number: l.number, expiresAt: l.expiresAt, href: `/${lang}/my/licenses/${encodeURIComponent(l.id)}` })),
  ];
}
