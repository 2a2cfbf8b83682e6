import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms } from "@/lib/domain/catalogue/normalize";
import type { Category, ServiceAudience, ServiceFormInput } from "@/lib/domain/catalogue/schemas";
import { eServiceWorkflow, type EServiceEvent, type EServiceState } from "@/lib/domain/catalogue/workflow";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

export const ADMIN_CATALOGUE_PAGE_SIZE = 25;

export type AdminServiceRowDTO = { code: string; name: string; category: Category; audience: ServiceAudience; status: EServiceState; live: boolean; updatedAt: Date };

function assertManager(actor: Actor): void {
  if (!rolesAllow(actor.roles, "catalogue.manage")) throw new AppError("FORBIDDEN");
}

/** Every service in every state (the administrator's list), searchable like the public catalogue. */
export async function adminListServices(actor: Actor, lang: Lang, opts: { q: string; status: EServiceState | null; page: number }) {
  assertManager(actor);
  const where: Prisma.EServiceWhereInput = {
    ...(opts.status ? { status: opts.status } : {}),
    AND: searchTerms(opts.q).map((w) => ({ searchText: { contains: w } })),
  };
  const [rows, total, byStatus] = await Promise.all([
    db.eService.findMany({ where, orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { code: "asc" }], skip: (opts.page - 1) * ADMIN_CATALOGUE_PAGE_SIZE, take: ADMIN_CATALOGUE_PAGE_SIZE, select: { code: true, nameAr: true, nameEn: true, category: true, audience: true, status: true, livePath: true, updatedAt: true } }),
    db.eService.count({ where }),
    db.eService.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows: rows.map((r): AdminServiceRowDTO => ({ code: r.code, name: localName(lang, r), category: r.category, audience: r.audience, status: r.status, live: r.livePath !== null, updatedAt: r.updatedAt })),
    total,
    page: opts.page,
    pageSize: ADMIN_CATALOGUE_PAGE_SIZE,
    counts: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<Record<EServiceState, number>>,
  };
}

export type AdminServiceDTO = { code: string; name: string; status: EServiceState; actions: EServiceEvent[]; form: ServiceFormInput };

/** One service as the edit form shows it, with what the administrator may do now (from the workflow). */
export async function adminGetService(actor: Actor, lang: Lang, code: string): Promise<AdminServiceDTO | null> {
  assertManager(actor);
  const r = await db.eService.findUnique({ where: { code } });
  if (!r) return null;
  const lines = (xs: string[]) => xs.join("\n");
  return {
    code: r.code,
    name: localName(lang, r),
    status: r.status,
    actions: eServiceWorkflow.availableEvents(r.status, actor.roles, undefined),
    form: {
      code: r.code,
      category: r.category,
      audience: r.audience,
      nameAr: r.nameAr,
      nameEn: r.nameEn,
      descriptionAr: r.descriptionAr,
      descriptionEn: r.descriptionEn,
      departmentAr: r.departmentAr,
      departmentEn: r.departmentEn,
      channels: r.channels,
      livePath: r.livePath ?? "",
      requiresLogin: r.requiresLogin,
      requirementsAr: lines(r.requirementsAr),
      requirementsEn: lines(r.requirementsEn),
      documentsAr: lines(r.documentsAr),
      documentsEn: lines(r.documentsEn),
      stepsAr: lines(r.stepsAr),
      stepsEn: lines(r.stepsEn),
      feeRiyals: r.feeHalalas === null ? "" : (r.feeHalalas / 100).toFixed(r.feeHalalas % 100 === 0 ? 0 : 2),
      feeAr: r.feeAr,
      feeEn: r.feeEn,
      durationAr: r.durationAr,
      durationEn: r.durationEn,
    },
  };
}
