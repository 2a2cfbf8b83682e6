import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { PAGE_SIZE, pageOf } from "@/lib/domain/offices/paging";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import type { FeedbackKind, FeedbackStatus } from "@/lib/generated/prisma/enums";

/** Feedback about offices: the committee's (general feedback and its offices'), and the author's own. */
type Named = { nameAr: string; nameEn: string };
export type FeedbackDTO = {
  id: string;
  number: string;
  kind: FeedbackKind;
  status: FeedbackStatus;
  subject: string;
  body: string;
  answer: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  office: (Named & { code: string }) | null;
};

const feedbackSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  subject: true,
  body: true,
  answer: true,
  createdAt: true,
  answeredAt: true,
  office: { select: { code: true, nameAr: true, nameEn: true } },
} as const;

export async function committeeFeedback(actor: Actor, opts: { status?: string; page?: number }) {
  const page = pageOf(opts.page);
  const status = opts.status === "all" ? undefined : ("OPEN" as const);
  const where = { OR: [{ officeId: null }, { office: committeeOfficeScope(actor) }], ...(status ? { status } : {}) };
  const [total, rows] = await Promise.all([
    db.officeFeedback.count({ where }),
    db.officeFeedback.findMany({ where, orderBy: { createdAt: "asc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { ...feedbackSelect, fromKind: true } }),
  ]);
  return { page, pageSize: PAGE_SIZE, total, status: status ?? "all", rows: rows.map((f): FeedbackDTO & { fromKind: string; canAnswer: boolean } => ({ ...f, canAnswer: !f.answer })) };
}

/** The feedback the actor filed (citizen or office member), newest first. */
export async function myFeedback(actor: Actor): Promise<FeedbackDTO[]> {
  return db.officeFeedback.findMany({ where: { fromUserId: actor.userId }, orderBy: { createdAt: "desc" }, take: 50, select: feedbackSelect });
}

/** Offices one may file feedback about (accredited or suspended), except the actor's own. */
export async function feedbackOfficeOptions(actor: Actor): Promise<(Named & { id: string })[]> {
  return db.licensingOffice.findMany({
    where: { status: { in: ["ACTIVE", "SUSPENDED"] }, ...(actor.officeId ? { id: { not: actor.officeId } } : {}) },
    select: { id: true, nameAr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
}
