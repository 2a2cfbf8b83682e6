import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { complaintContext, complaintWorkflow, reopenDeadline, type ComplaintState } from "@/lib/domain/complaints/workflow";

export const MY_PAGE_SIZE = 10;

export type Named = { nameAr: string; nameEn: string };

export type MyComplaintRowDTO = {
  reference: string;
  status: ComplaintState;
  category: Named;
  municipality: Named;
  district: Named | null;
  createdAt: Date;
  description: string;
};

/** The signed-in citizen's complaints (theirs by reporterUserId in the where), newest first, paginated. */
export async function listMyComplaints(actor: Actor, opts: { page: number }): Promise<{ rows: MyComplaintRowDTO[]; total: number; page: number; pageSize: number }> {
  const where: Prisma.ComplaintWhereInput = { reporterUserId: actor.userId };
  const total = await db.complaint.count({ where });
  const page = Math.max(1, Math.min(opts.page, Math.max(1, Math.ceil(total / MY_PAGE_SIZE))));
  const rows = await db.complaint.findMany({
    where,
    orderBy: { createdAt: "desc" },
    skip: (page - 1) * MY_PAGE_SIZE,
    take: MY_PAGE_SIZE,
    select: {
      reference: true,
      status: true,
      createdAt: true,
      description: true,
      category: { select: { nameAr: true, nameEn: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
      district: { select: { nameAr: true, nameEn: true } },
    },
  });
  return { rows, total, page, pageSize: MY_PAGE_SIZE };
}

export type PublicEventDTO = { id: string; at: Date; kind: string; body: string | null; rating: number | null; fromReference: string | null };

export type CitizenComplaintDTO = {
  reference: string;
  status: ComplaintState;
  category: Named;
  department: Named;
  municipality: Named;
  district: Named | null;
  description: string;
  addressText: string | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
  resolvedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  photoCount: number;
  /** The complaint it was merged into (its public updates are shown here too). */
  mergedInto: { reference: string; status: ComplaintState } | null;
  canRate: boolean;
  canReopen: boolean;
  reopenUntil: Date | null;
  /** Public events only (never internal notes, assignments or escalations), oldest first. */
  events: PublicEventDTO[];
};

const PUBLIC_KINDS = ["CREATED", "REFERRED", "UPDATE", "RESOLVED", "REJECTED", "REOPENED", "RATED", "MERGED", "CLOSED"];
/**
 * Of the complaint it was merged into, a reporter sees only the municipality's public updates: never the
 * other reporter's own entries (their rating and its comment, their reopening reason, their filing).
 */
const MERGED_TARGET_KINDS = ["REFERRED", "UPDATE", "RESOLVED", "REJECTED", "CLOSED"];

/**
 * One complaint as its reporter sees it. `owner` goes INTO the where (reporterUserId for a signed-in
 * citizen, reporterMobile for a tracked one): someone else's reference answers exactly like an unknown one.
 */
export async function complaintForReporter(owner: { userId: string } | { mobile: string }, reference: string, now: Date = new Date()): Promise<CitizenComplaintDTO | null> {
  const ownerWhere: Prisma.ComplaintWhereInput = "userId" in owner ? { reporterUserId: owner.userId } : { reporterMobile: owner.mobile };
  const c = await db.complaint.findFirst({
    where: { AND: [ownerWhere, { reference }] },
    select: {
      id: true,
      reference: true,
      status: true,
      description: true,
      addressText: true,
      latitude: true,
      longitude: true,
      createdAt: true,
      resolvedAt: true,
      rating: true,
      ratingComment: true,
      duplicateOfId: true,
      category: { select: { nameAr: true, nameEn: true } },
      department: { select: { nameAr: true, nameEn: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
      district: { select: { nameAr: true, nameEn: true } },
      duplicateOf: { select: { reference: true, status: true } },
      _count: { select: { photos: true } },
    },
  });
  if (!c) return null;
  const own: Prisma.ComplaintEventWhereInput = { complaintId: c.id, kind: { in: PUBLIC_KINDS } };
  const target: Prisma.ComplaintEventWhereInput[] = c.duplicateOfId ? [{ complaintId: c.duplicateOfId, kind: { in: MERGED_TARGET_KINDS } }] : [];
  const events = await db.complaintEvent.findMany({
    where: { public: true, OR: [own, ...target] },
    orderBy: { at: "asc" },
    take: 200,
    select: { id: true, at: true, kind: true, body: true, data: true, complaintId: true },
  });
  const offered = complaintWorkflow.availableEvents(c.status, "userId" in owner ? "CITIZEN" : "GUEST", complaintContext(c, now));
  const { _count, duplicateOf, duplicateOfId: _d, id: _id, ...rest } = c;
  return {
    ...rest,
    photoCount: _count.photos,
    mergedInto: duplicateOf,
    canRate: offered.includes("rate") && c.rating === null,
    canReopen: offered.includes("reopen"),
    reopenUntil: complaintWorkflow.fromStates("reopen").includes(c.status) && c.resolvedAt ? reopenDeadline(c.resolvedAt) : null,
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      body: e.body,
      rating: e.kind === "RATED" && e.data && typeof e.data === "object" && "rating" in e.data ? Number((e.data as { rating: unknown }).rating) : null,
      fromReference: e.complaintId === c.id ? null : (duplicateOf?.reference ?? null),
    })),
  };
}

export type CategoryOptionDTO = { id: string; code: string; nameAr: string; nameEn: string; descriptionAr: string; descriptionEn: string; groupAr: string; groupEn: string; photoRequired: boolean; slaHours: number };
export type DistrictOptionDTO = { id: string; nameAr: string; nameEn: string; municipality: Named };

/** What the filing form offers: active categories (by group, in order) and the districts of the Amanahs they serve. */
export async function filingOptions(): Promise<{ categories: CategoryOptionDTO[]; districts: DistrictOptionDTO[] }> {
  const categories = await db.complaintCategory.findMany({
    where: { active: true, department: { active: true } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, nameAr: true, nameEn: true, descriptionAr: true, descriptionEn: true, groupAr: true, groupEn: true, photoRequired: true, slaHours: true, department: { select: { amanahId: true } } },
  });
  const amanahIds = [...new Set(categories.map((c) => c.department.amanahId))];
  const districts = await db.district.findMany({
    where: { municipality: { amanahId: { in: amanahIds } } },
    orderBy: [{ municipality: { nameAr: "asc" } }, { nameAr: "asc" }],
    select: { id: true, nameAr: true, nameEn: true, municipality: { select: { nameAr: true, nameEn: true } } },
  });
  return { categories: categories.map(({ department: _d, ...c }) => c), districts };
}
