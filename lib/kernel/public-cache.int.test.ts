/**
 * The public data cache (lib/kernel/public-cache.ts, issue 16) is expired IN THE COMMAND that changes the data,
 * after its transaction commits: suspending an office (the supervision committee confirms a SUSPENSION penalty)
 * expires "offices" (the ranking and the office's profile), editing a catalogue service expires "catalogue"
 * (home, catalogue, guides). A refused command (rolled back) expires nothing. The readers give the changed data.
 * The same against the production server's real cache: tests/e2e/journeys/office-supervision.spec.ts (step 4).
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { updateService } from "@/lib/domain/catalogue/commands/manage-service";
import { getServiceGuide } from "@/lib/domain/catalogue/queries/public-catalogue";
import { decidePenalty } from "@/lib/domain/offices/commands/decide-penalty";
import { publicOffice, publicRanking } from "@/lib/domain/offices/queries/public-offices";
import { actorOf, makeOffice, type FixtureOffice } from "@/lib/domain/offices/test-support";
import { onPublicExpire, PUBLIC_TAGS, type PublicTag } from "@/lib/kernel/public-cache";
import { createSharedCacheStore } from "@/lib/cache/shared-cache-handler.mjs";

let committee: Actor;
let admin: Actor;
let office: FixtureOffice;
let expired: { tags: readonly PublicTag[]; seen: string | null }[] = [];
let stop: () => void = () => {};

beforeAll(async () => {
  committee = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.committee" } })).id);
  admin = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.admin" } })).id);
  office = await makeOffice();
});

/** Records each expiry with what a reader sees AT THAT MOMENT: it must already be the committed change. */
function listen(read: () => Promise<string | null>) {
  expired = [];
  const pending: Promise<void>[] = [];
  stop = onPublicExpire((tags) => {
    const entry = { tags, seen: null as string | null };
    expired.push(entry);
    pending.push(read().then((s) => void (entry.seen = s)));
  });
  return () => Promise.all(pending);
}
afterEach(() => stop());

async function proposedSuspension(officeId: string) {
  return db.officePenalty.create({
    data: { number: `PT${Date.now().toString().slice(-10)}`, officeId, trigger: "SPOT_CHECK_FINDING", kind: "SUSPENSION", suspensionDays: 30, reason: "test: a second finding" },
    select: { id: true },
  });
}

describe("suspending an office expires the offices' public data after the commit", () => {
  it("the supervision command expires 'offices' once, after its transaction committed", async () => {
    const settled = listen(async () => (await db.licensingOffice.findUniqueOrThrow({ where: { id: office.id }, select: { status: true } })).status);
    // Another web instance's cache (its own listening connection) holds the ranking.
    const other = createSharedCacheStore({ connectionString: process.env.DATABASE_URL, log: () => {} });
    expect(await other.ready()).toBe(true);
    await other.set("ranking", { kind: "FETCH", data: { body: "[]" } }, [PUBLIC_TAGS.offices]);
    const penalty = await proposedSuspension(office.id);
    await decidePenalty.execute(committee, { penaltyId: penalty.id, decision: "CONFIRM", note: "" });
    await settled();
    // …and drops it: the command's transaction notified every instance as it committed.
    for (let i = 0; (await other.get("ranking")) !== null; i++) {
      if (i > 100) throw new Error("the other instance never heard of the suspension");
      await new Promise((r) => setTimeout(r, 20));
    }
    await other.close();
    expect(expired.map((e) => e.tags)).toEqual([["offices"]]);
    // Read when the expiry ran: the suspension was committed by then (a reader refilling the cache sees it).
    expect(expired[0]!.seen).toBe("SUSPENDED");
    // And the readers the pages use say so.
    const ranking = await publicRanking(undefined);
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: office.municipalityId }, select: { code: true } });
    const there = ranking.chosen?.code === municipality.code ? ranking : await publicRanking(municipality.code);
    expect(there.offices.find((o) => o.code === office.code)?.status).toBe("SUSPENDED");
    expect((await publicOffice(office.code))?.status).toBe("SUSPENDED");
  });

  it("a refused decision (rolled back) expires nothing", async () => {
    const settled = listen(async () => null);
    const penalty = await db.officePenalty.findFirstOrThrow({ where: { officeId: office.id, status: "CONFIRMED" }, select: { id: true } });
    await expect(decidePenalty.execute(committee, { penaltyId: penalty.id, decision: "CONFIRM", note: "" })).rejects.toThrow();
    await settled();
    expect(expired).toEqual([]);
  });
});

describe("editing a catalogue service expires the catalogue's public data after the commit", () => {
  it("the edit command expires 'catalogue', and the guide reads the new text", async () => {
    const row = await db.eService.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { code: "asc" } });
    const settled = listen(async () => (await db.eService.findUniqueOrThrow({ where: { id: row.id }, select: { nameAr: true } })).nameAr);
    const lines = (xs: string[]) => xs.join("\n");
    const nameAr = `${row.nameAr} (محدّث)`;
    await updateService.execute(admin, {
      code: row.code,
      category: row.category,
      audience: row.audience,
      nameAr,
      nameEn: row.nameEn,
      descriptionAr: row.descriptionAr,
      descriptionEn: row.descriptionEn,
      departmentAr: row.departmentAr,
      departmentEn: row.departmentEn,
      channels: row.channels,
      livePath: row.livePath ?? "",
      requiresLogin: row.requiresLogin,
      requirementsAr: lines(row.requirementsAr),
      requirementsEn: lines(row.requirementsEn),
      documentsAr: lines(row.documentsAr),
      documentsEn: lines(row.documentsEn),
      stepsAr: lines(row.stepsAr),
      stepsEn: lines(row.stepsEn),
      feeRiyals: row.feeHalalas === null ? "" : (row.feeHalalas / 100).toFixed(2),
      feeAr: row.feeAr,
      feeEn: row.feeEn,
      durationAr: row.durationAr,
      durationEn: row.durationEn,
    });
    await settled();
    expect(expired.map((e) => e.tags)).toEqual([["catalogue"]]);
    expect(expired[0]!.seen).toBe(nameAr); // committed before the expiry
    expect((await getServiceGuide("ar", row.code))?.name).toBe(nameAr);
  });
});
