import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow, type Permission } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { outOfScopeNotice, type OutOfScopeDTO } from "@/lib/auth/scope-notice";
import { db, type DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixUpperBound } from "@/lib/kernel/prefix";
import { likelyDuplicates, type LikelyDuplicate } from "@/lib/domain/complaints/duplicates";
import type { QueueFilters } from "@/lib/domain/complaints/staff-schemas";
import { complaintContext, complaintWorkflow, OPEN_STATUSES, type ComplaintEventKind, type ComplaintState, type ComplaintWorkflowEvent } from "@/lib/domain/complaints/workflow";

/**
 * What complaints officers see: the queue (filters, oldest SLA first), the detail page (timeline
 * with internal notes, photos, likely duplicates, the actions' options), the map and the CSV.
 * Every query puts the officer's municipalities in its `where`. The reporter's name and mobile are
 * NEVER part of these DTOs: they are revealed one complaint at a time by the audited
 * `complaints.viewReporter` command.
 */
export const QUEUE_PAGE_SIZE = 20;
export const MAP_LIMIT = 500;
export const EXPORT_LIMIT = 10_000;

type Named = { id: string; nameAr: string; nameEn: string };

export type StaffComplaintRowDTO = {
  id: string;
  reference: string;
  status: ComplaintState;
  description: string;
  category: { code: string; nameAr: string; nameEn: string };
  department: Named;
  municipality: Named;
  district: { nameAr: string; nameEn: string } | null;
  createdAt: Date;
  slaDueAt: Date;
  overdue: boolean;
  escalationLevel: number;
  reopenCount: number;
  source: "WEB" | "KIOSK" | "OPEN311";
  assignee: { nameAr: string; nameEn: string } | null;
  latitude: number | null;
  longitude: number | null;
  resolvedAt: Date | null;
  rating: number | null;
};

const rowSelect = {
  id: true,
  reference: true,
  status: true,
  description: true,
  createdAt: true,
  slaDueAt: true,
  overdueAt: true,
  escalationLevel: true,
  reopenCount: true,
  source: true,
  assigneeId: true,
  latitude: true,
  longitude: true,
  resolvedAt: true,
  rating: true,
  category: { select: { code: true, nameAr: true, nameEn: true } },
  department: { select: { id: true, nameAr: true, nameEn: true } },
  municipality: { select: { id: true, nameAr: true, nameEn: true } },
  district: { select: { nameAr: true, nameEn: true } },
} satisfies Prisma.ComplaintSelect;

type Row = Prisma.ComplaintGetPayload<{ select: typeof rowSelect }>;

function assertMay(actor: Actor, permission: Permission) {
  if (!rolesAllow(actor.roles, permission)) throw new AppError("FORBIDDEN");
}

/** Past its SLA: flagged by the job, or simply still open after slaDueAt (the job may not have run yet). */
export function isOverdue(c: { status: string; slaDueAt: Date; overdueAt: Date | null }, now = new Date()): boolean {
  if (!(OPEN_STATUSES as readonly string[]).includes(c.status)) return false;
  return c.overdueAt !== null || c.slaDueAt.getTime() < now.getTime();
}

async function userNames(dbx: DbOrTx, ids: (string | null)[]): Promise<Map<string, { nameAr: string; nameEn: string }>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map();
  const users = await dbx.user.findMany({ where: { id: { in: unique } }, select: { id: true, nameAr: true, nameEn: true } });
  return new Map(users.map((u) => [u.id, { nameAr: u.nameAr, nameEn: u.nameEn }]));
}

async function toRows(rows: Row[]): Promise<StaffComplaintRowDTO[]> {
  const names = await userNames(db, rows.map((r) => r.assigneeId));
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    description: r.description,
    category: r.category,
    department: r.department,
    municipality: r.municipality,
    district: r.district,
    createdAt: r.createdAt,
    slaDueAt: r.slaDueAt,
    overdue: isOverdue(r, now),
    escalationLevel: r.escalationLevel,
    reopenCount: r.reopenCount,
    source: r.source,
    assignee: r.assigneeId ? (names.get(r.assigneeId) ?? null) : null,
    latitude: r.latitude,
    longitude: r.longitude,
    resolvedAt: r.resolvedAt,
    rating: r.rating,
  }));
}

/** The `where` of the queue, the map and the CSV: the officer's municipalities AND the filters. */
export async function queueWhere(actor: Actor, f: Omit<QueueFilters, "page">, only?: { status: ComplaintState; scope: string[] }): Promise<Prisma.ComplaintWhereInput> {
  const scope = only?.scope ?? (await visibleMunicipalityIds(db, actor));
  const and: Prisma.ComplaintWhereInput[] = [{ municipalityId: { in: scope } }];
  // `only`: one of the open statuses, read on its own in the scope already looked up — see inQueueOrder.
  if (only) and.push({ status: only.status });
  else {
    if (f.status === "open") and.push({ status: { in: [...OPEN_STATUSES] } });
    else if (f.status !== "all") and.push({ status: f.status });
    if (f.overdue) and.push({ status: { in: [...OPEN_STATUSES] } });
  }
  if (f.categoryId) and.push({ categoryId: f.categoryId });
  if (f.departmentId) and.push({ departmentId: f.departmentId });
  if (f.municipalityId) and.push({ municipalityId: f.municipalityId });
  if (f.overdue) and.push({ OR: [{ overdueAt: { not: null } }, { slaDueAt: { lt: new Date() } }] });
  if (f.q) {
    // A prefix as a range of the unique index as well (a LIKE prefix alone cannot use a btree outside the C collation):
    // the search reads the matching references, not every complaint of the officer's municipalities (issue 16).
    const upper = prefixUpperBound(f.q);
    and.push({ reference: { startsWith: f.q, gte: f.q, ...(upper ? { lt: upper } : {}) } });
  }
  return { AND: and };
}

/** Oldest SLA first: what is due soonest (or most overdue) is on top. */
const QUEUE_ORDER: Prisma.ComplaintOrderByWithRelationInput[] = [{ slaDueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }];

type QueueRow = Prisma.ComplaintGetPayload<{ select: typeof rowSelect }>;
const inOrder = (a: QueueRow, b: QueueRow) =>
  a.slaDueAt.getTime() - b.slaDueAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Rows `skip` to `skip + take` of the queue, in queue order. When the filters allow several statuses (the open
 * ones), each status is read on its own and the reads are merged: through ("municipalityId", status, "slaDueAt")
 * one status comes out already in SLA order, while for both at once the planner walked ("municipalityId",
 * "slaDueAt") and read every closed complaint of the municipality on the way (the map: 53,000 heap rows for 500
 * markers, 1.0 s at 10 M complaints; 28 ms per status this way). Each read takes skip + take rows.
 */
async function inQueueOrder(actor: Actor, f: Omit<QueueFilters, "page">, page: { skip: number; take: number }, extra: Prisma.ComplaintWhereInput = {}): Promise<QueueRow[]> {
  // A single status chosen in the filters (with "overdue", an empty queue unless it is an open one) is one read.
  const statuses = f.status === "open" || (f.overdue && f.status === "all") ? OPEN_STATUSES : null;
  if (!statuses) {
    return db.complaint.findMany({ where: { AND: [await queueWhere(actor, f), extra] }, select: rowSelect, orderBy: QUEUE_ORDER, skip: page.skip, take: page.take });
  }
  const scope = await visibleMunicipalityIds(db, actor);
  const parts = await Promise.all(
    statuses.map(async (status) =>
      db.complaint.findMany({ where: { AND: [await queueWhere(actor, f, { status, scope }), extra] }, select: rowSelect, orderBy: QUEUE_ORDER, take: page.skip + page.take }),
    ),
  );
  return parts.flat().sort(inOrder).slice(page.skip, page.skip + page.take);
}

/**
 * The queue counts at most this many matching complaints: an exact total over an Amanah's years of complaints ("all
 * statuses") reads every one of them (seconds at national scale, issue 16); past it the page says "more than".
 */
export const QUEUE_COUNT_CAP = 10_000;

export async function staffQueue(
  actor: Actor,
  f: QueueFilters,
): Promise<{ rows: StaffComplaintRowDTO[]; total: number; totalCapped: boolean; page: number; pageSize: number }> {
  assertMay(actor, "complaints.handle");
  const where = await queueWhere(actor, f);
  const [rows, counted] = await Promise.all([
    inQueueOrder(actor, f, { skip: (f.page - 1) * QUEUE_PAGE_SIZE, take: QUEUE_PAGE_SIZE }),
    // The open complaints are counted exactly: they are few, and read through ("municipalityId", status). A count with
    // `take` makes Prisma order its subquery by id, and the planner then walked the primary key through every closed
    // complaint (0.8 s at 10 M). Other statuses grow with the years: those are counted up to the cap.
    f.status === "open" ? db.complaint.count({ where }) : db.complaint.count({ where, take: QUEUE_COUNT_CAP + 1 }),
  ]);
  const totalCapped = counted > QUEUE_COUNT_CAP;
  return { rows: await toRows(rows), total: totalCapped ? QUEUE_COUNT_CAP : counted, totalCapped, page: f.page, pageSize: QUEUE_PAGE_SIZE };
}

/**
 * A reference the officer searched that matched nothing in their municipalities but exists in another one:
 * the queue says so (issue 17, item 6) with the municipalities they cover, and nothing about the complaint.
 */
export async function complaintOutOfScope(actor: Actor, reference: string): Promise<OutOfScopeDTO | null> {
  assertMay(actor, "complaints.handle");
  return outOfScopeNotice(db, actor, reference, async (ref) => (await db.complaint.findFirst({ where: { reference: ref }, select: { municipalityId: true } }))?.municipalityId ?? null);
}

/** The open statuses as SQL literals: code, never input. */
const OPEN_SQL = Prisma.raw(OPEN_STATUSES.map((st) => `'${st}'`).join(", "));

/**
 * Counters above the queue (within scope): open, overdue, unassigned. One raw statement, because the open statuses
 * must reach PostgreSQL as literals: the partial index of open complaints (migration 20261205050000) then answers
 * all three by an index-only scan. Prisma sends an enum as `CAST($n::text AS "ComplaintStatus")`, which the planner
 * cannot match with an index's predicate; through the full table's index the "overdue" and "unassigned" counts read
 * a heap row per open complaint (1.1 s at 10 M complaints, 24 ms now).
 */
export async function queueCounters(actor: Actor): Promise<{ open: number; overdue: number; unassigned: number }> {
  assertMay(actor, "complaints.handle");
  const scope = await visibleMunicipalityIds(db, actor);
  const [row] = await db.$queryRaw<{ open: number; overdue: number; unassigned: number }[]>`
    SELECT count(*)::int AS open,
           count(*) FILTER (WHERE "overdueAt" IS NOT NULL OR "slaDueAt" < ${new Date()})::int AS overdue,
           count(*) FILTER (WHERE "assigneeId" IS NULL)::int AS unassigned
      FROM "Complaint"
     WHERE "municipalityId" = ANY(${scope}::text[]) AND status IN (${OPEN_SQL})`;
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0, unassigned: row?.unassigned ?? 0 };
}

/** Open complaints with coordinates for the map (and its list fallback), oldest SLA first. */
export async function mapComplaints(actor: Actor, f: Omit<QueueFilters, "page" | "status">): Promise<{ rows: StaffComplaintRowDTO[]; truncated: boolean }> {
  assertMay(actor, "complaints.handle");
  const rows = await inQueueOrder(actor, { ...f, status: "open" }, { skip: 0, take: MAP_LIMIT + 1 }, { latitude: { not: null }, longitude: { not: null } });
  return { rows: await toRows(rows.slice(0, MAP_LIMIT)), truncated: rows.length > MAP_LIMIT };
}

/** Every complaint matching the filters (up to EXPORT_LIMIT), for the CSV. */
export async function exportComplaints(actor: Actor, f: Omit<QueueFilters, "page">): Promise<{ rows: StaffComplaintRowDTO[]; truncated: boolean }> {
  assertMay(actor, "complaints.export");
  const where = await queueWhere(actor, f);
  const rows = await db.complaint.findMany({ where, select: rowSelect, orderBy: QUEUE_ORDER, take: EXPORT_LIMIT + 1 });
  return { rows: await toRows(rows.slice(0, EXPORT_LIMIT)), truncated: rows.length > EXPORT_LIMIT };
}

export type FilterOptionsDTO = {
  categories: { id: string; nameAr: string; nameEn: string; groupAr: string; groupEn: string }[];
  departments: Named[];
  municipalities: Named[];
};

/** The choices of the queue's filters: the categories and departments of the officer's Amanahs, their municipalities. */
export async function queueFilterOptions(actor: Actor): Promise<FilterOptionsDTO> {
  assertMay(actor, "complaints.handle");
  const scope = await visibleMunicipalityIds(db, actor);
  const municipalities = await db.municipality.findMany({ where: { id: { in: scope } }, select: { id: true, nameAr: true, nameEn: true, amanahId: true }, orderBy: { code: "asc" } });
  const amanahIds = [...new Set(municipalities.map((m) => m.amanahId))];
  const [categories, departments] = await Promise.all([
    db.complaintCategory.findMany({
      where: { department: { amanahId: { in: amanahIds } } },
      select: { id: true, nameAr: true, nameEn: true, groupAr: true, groupEn: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    db.department.findMany({ where: { amanahId: { in: amanahIds } }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  return { categories, departments, municipalities: municipalities.map(({ amanahId: _a, ...m }) => m) };
}

// ── Detail ──

export type StaffEventDTO = {
  id: string;
  at: Date;
  kind: ComplaintEventKind;
  public: boolean;
  body: string | null;
  data: Record<string, unknown> | null;
  actor: { kind: "staff"; nameAr: string; nameEn: string } | { kind: "reporter" } | { kind: "system"; label: string };
  photos: { id: string; name: string }[];
};

export type StaffComplaintDTO = StaffComplaintRowDTO & {
  addressText: string | null;
  categoryId: string;
  departmentId: string;
  municipalityId: string;
  amanahId: string;
  hasReporter: boolean;
  reporterHasAccount: boolean;
  ratingComment: string | null;
  closedAt: Date | null;
  duplicateOf: { id: string | null; reference: string } | null;
  mergedIn: { id: string; reference: string; createdAt: Date }[];
  photos: { id: string; name: string }[];
  events: StaffEventDTO[];
  agencyClient: { nameAr: string; nameEn: string } | null;
  /** What this officer may do now (the workflow's events for their roles): the page shows these forms only. */
  actions: ComplaintWorkflowEvent[];
};

/** One complaint as the officer sees it, or null when it does not exist or is outside their municipalities. */
export async function getStaffComplaint(actor: Actor, id: string): Promise<StaffComplaintDTO | null> {
  assertMay(actor, "complaints.handle");
  const scope = await visibleMunicipalityIds(db, actor);
  const c = await db.complaint.findFirst({
    where: { id, municipalityId: { in: scope } },
    select: {
      ...rowSelect,
      addressText: true,
      categoryId: true,
      departmentId: true,
      municipalityId: true,
      reporterUserId: true,
      reporterMobile: true,
      reporterName: true,
      ratingComment: true,
      closedAt: true,
      resolvedAt: true,
      department: { select: { id: true, nameAr: true, nameEn: true, amanahId: true } },
      duplicateOf: { select: { id: true, reference: true, municipalityId: true } },
      duplicates: { select: { id: true, reference: true, createdAt: true, municipalityId: true }, orderBy: { createdAt: "asc" } },
      photos: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } },
      agencyClient: { select: { nameAr: true, nameEn: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, at: true, kind: true, public: true, body: true, data: true, actorId: true, actorLabel: true, photos: { select: { id: true, originalName: true } } },
      },
    },
  });
  if (!c) return null;
  const [row] = await toRows([c]);
  const staffNames = await userNames(db, c.events.map((e) => (e.actorId && e.actorId !== c.reporterUserId ? e.actorId : null)));
  const events: StaffEventDTO[] = c.events.map((e) => {
    const name = e.actorId ? staffNames.get(e.actorId) : undefined;
    const actorDto: StaffEventDTO["actor"] =
      e.actorLabel === "guest" || (e.actorId && e.actorId === c.reporterUserId)
        ? { kind: "reporter" }
        : name
          ? { kind: "staff", ...name }
          : { kind: "system", label: e.actorLabel };
    return {
      id: e.id,
      at: e.at,
      kind: e.kind as ComplaintEventKind,
      public: e.public,
      body: e.body,
      data: e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : null,
      actor: actorDto,
      photos: e.photos.map((p) => ({ id: p.id, name: p.originalName })),
    };
  });
  return {
    ...row!,
    addressText: c.addressText,
    categoryId: c.categoryId,
    departmentId: c.departmentId,
    municipalityId: c.municipalityId,
    amanahId: c.department.amanahId,
    hasReporter: !!(c.reporterMobile || c.reporterName || c.reporterUserId),
    reporterHasAccount: !!c.reporterUserId,
    ratingComment: c.ratingComment,
    closedAt: c.closedAt,
    // A complaint merged into one of another municipality: its reference only (no link the officer could not open).
    duplicateOf: c.duplicateOf ? { id: scope.includes(c.duplicateOf.municipalityId) ? c.duplicateOf.id : null, reference: c.duplicateOf.reference } : null,
    mergedIn: c.duplicates.filter((d) => scope.includes(d.municipalityId)).map(({ municipalityId: _m, ...d }) => d),
    photos: c.photos.map((p) => ({ id: p.id, name: p.originalName })),
    events,
    agencyClient: c.agencyClient,
    actions: complaintWorkflow.availableEvents(c.status, actor.roles, complaintContext(c, new Date())),
  };
}

/** Likely duplicates of an open complaint, limited to the officer's municipalities. */
export async function staffLikelyDuplicates(actor: Actor, c: { id: string; categoryId: string; latitude: number | null; longitude: number | null; createdAt: Date; status: string }): Promise<LikelyDuplicate[]> {
  assertMay(actor, "complaints.handle");
  if (!(OPEN_STATUSES as readonly string[]).includes(c.status)) return [];
  const found = await likelyDuplicates(db, c);
  if (found.length === 0) return [];
  const scope = await visibleMunicipalityIds(db, actor);
  const visible = await db.complaint.findMany({ where: { id: { in: found.map((d) => d.id) }, municipalityId: { in: scope } }, select: { id: true } });
  const ok = new Set(visible.map((v) => v.id));
  return found.filter((d) => ok.has(d.id));
}

export type ActionOptionsDTO = {
  members: { id: string; nameAr: string; nameEn: string; isSupervisor: boolean }[];
  departments: Named[];
  municipalities: Named[];
};

/** Who the complaint can be assigned to (active members of its department serving its municipality) and where it can be referred. */
export async function staffActionOptions(actor: Actor, c: { departmentId: string; municipalityId: string; amanahId: string }): Promise<ActionOptionsDTO> {
  assertMay(actor, "complaints.handle");
  const [members, departments, municipalities] = await Promise.all([
    db.departmentMember.findMany({
      where: { departmentId: c.departmentId, active: true, user: { active: true }, OR: [{ municipalityId: null }, { municipalityId: c.municipalityId }] },
      select: { id: true, isSupervisor: true, user: { select: { nameAr: true, nameEn: true } } },
      orderBy: [{ isSupervisor: "asc" }, { user: { nameAr: "asc" } }],
    }),
    db.department.findMany({ where: { amanahId: c.amanahId, active: true }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.municipality.findMany({ where: { amanahId: c.amanahId }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  return {
    members: members.map((m) => ({ id: m.id, isSupervisor: m.isSupervisor, nameAr: m.user.nameAr, nameEn: m.user.nameEn })),
    departments,
    municipalities,
  };
}
