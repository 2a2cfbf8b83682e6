/**
 * «خارج نطاق بلدياتك» (issue 17, item 6) against a real PostgreSQL: a reference the officer searched that exists in
 * another municipality is reported as out of scope with the officer's own municipalities and nothing of the
 * complaint; one inside the scope, an unknown one, or an Amanah-wide supervisor's search gives no notice.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { complaintOutOfScope, staffQueue } from "@/lib/domain/complaints/queries/staff";
import { parseQueueFilters } from "@/lib/domain/complaints/staff-schemas";
import { actorOf } from "@/tests/factories/actors";

const actors: Record<string, Actor> = {};
let seq = 9_700_000;

async function complaint(municipality: string) {
  const cat = await db.complaintCategory.findUniqueOrThrow({ where: { code: "STREET_LIGHT" } });
  const m = await db.municipality.findUniqueOrThrow({ where: { code: municipality } });
  return db.complaint.create({
    data: {
      reference: `C${seq++}`, categoryId: cat.id, departmentId: cat.departmentId, municipalityId: m.id,
      description: "وصف سري لا يظهر خارج النطاق", latitude: 26.279, longitude: 50.208,
      reporterMobile: "966551110077", reporterName: "اسم المبلغ", status: "NEW", slaDueAt: new Date(Date.now() + 48 * 3_600_000),
    },
  });
}

beforeAll(async () => {
  actors.officer = await actorOf({ username: "staff.complaints" }); // Central Dammam only
  actors.supervisor = await actorOf({ username: "staff.supervisor" }); // the whole Eastern Amanah
});

describe("a reference searched outside the officer's municipalities", () => {
  it("says it is outside their scope and lists the municipalities they cover, without the complaint's content", async () => {
    const khobar = await complaint("EP-KHB");
    const queue = await staffQueue(actors.officer!, parseQueueFilters({ q: khobar.reference }));
    expect(queue.rows).toEqual([]);
    const notice = await complaintOutOfScope(actors.officer!, khobar.reference);
    const central = await db.municipality.findUniqueOrThrow({ where: { code: "EP-DMM-C" } });
    expect(notice).toEqual({ reference: khobar.reference, wholeAmanah: false, covered: [{ id: central.id, nameAr: central.nameAr, nameEn: central.nameEn }] });
    const text = JSON.stringify(notice);
    for (const secret of [khobar.description, khobar.reporterName!, khobar.reporterMobile!, khobar.id]) expect(text).not.toContain(secret);
  });

  it("gives no notice for a reference inside the scope, an unknown reference, or an Amanah-wide supervisor", async () => {
    const own = await complaint("EP-DMM-C");
    expect(await complaintOutOfScope(actors.officer!, own.reference)).toBeNull();
    expect(await complaintOutOfScope(actors.officer!, "C99999999")).toBeNull();
    expect(await complaintOutOfScope(actors.officer!, "")).toBeNull();
    const khobar = await complaint("EP-KHB");
    expect(await complaintOutOfScope(actors.supervisor!, khobar.reference)).toBeNull();
    expect((await staffQueue(actors.supervisor!, parseQueueFilters({ q: khobar.reference }))).rows.map((r) => r.reference)).toEqual([khobar.reference]);
  });

  it("is refused to someone who does not handle complaints", async () => {
    const citizen = await actorOf({ nationalId: "1087654321" });
    await expect(complaintOutOfScope(citizen, "C10000012")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
