import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { PAGE_SIZE, pageOf } from "@/lib/domain/offices/paging";
import { workshopHeld } from "@/lib/domain/offices/rules";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";

/** Training workshops (for every office); attendees and candidates scoped to the committee's offices. */
type Named = { nameAr: string; nameEn: string };
export type WorkshopRowDTO = { id: string; topic: string; titleAr: string; titleEn: string; startsAt: Date; location: string; capacity: number; taken: number; held: boolean };

export async function workshopList(opts: { page?: number }, now = new Date()) {
  const page = pageOf(opts.page);
  const [total, rows] = await Promise.all([
    db.workshop.count(),
    db.workshop.findMany({
      orderBy: { startsAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, topic: true, titleAr: true, titleEn: true, startsAt: true, location: true, capacity: true, _count: { select: { attendances: true } } },
    }),
  ]);
  return {
    page,
    pageSize: PAGE_SIZE,
    total,
    rows: rows.map(({ _count, ...w }): WorkshopRowDTO => ({ ...w, taken: _count.attendances, held: workshopHeld(w.startsAt, now) })),
  };
}

export type WorkshopDetailDTO = WorkshopRowDTO & {
  attendees: (Named & { memberId: string; role: string; office: Named; attended: boolean; certificateNo: string | null })[];
  candidates: (Named & { id: string; role: string; office: Named & { code: string } })[];
};

/** A workshop with its attendees from the committee's offices, and the members it may still register. */
export async function workshopDetail(actor: Actor, id: string, now = new Date()): Promise<WorkshopDetailDTO | null> {
  const w = await db.workshop.findUnique({ where: { id }, select: { id: true, topic: true, titleAr: true, titleEn: true, startsAt: true, location: true, capacity: true, _count: { select: { attendances: true } } } });
  if (!w) return null;
  const scope = committeeOfficeScope(actor);
  const [attendees, candidates] = await Promise.all([
    db.workshopAttendance.findMany({
      where: { workshopId: id, member: { office: scope } },
      select: { memberId: true, attended: true, certificateNo: true, member: { select: { role: true, user: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true } } } } },
      orderBy: { member: { office: { code: "asc" } } },
    }),
    db.officeMember.findMany({
      where: { active: true, office: { ...scope, status: "ACTIVE" }, attendances: { none: { workshopId: id } } },
      select: { id: true, role: true, user: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true, code: true } } },
      orderBy: [{ office: { code: "asc" } }, { role: "asc" }],
      take: 200,
    }),
  ]);
  const { _count, ...rest } = w;
  return {
    ...rest,
    taken: _count.attendances,
    held: workshopHeld(w.startsAt, now),
    attendees: attendees.map((a) => ({ memberId: a.memberId, ...a.member.user, role: a.member.role, office: a.member.office, attended: a.attended, certificateNo: a.certificateNo })),
    candidates: candidates.map((c) => ({ id: c.id, ...c.user, role: c.role, office: c.office })),
  };
}
