/**
 * The `tenders-close` job against a real PostgreSQL and the demo seed: a tender the officer left OPEN is closed a
 * grace period after its offers deadline, with a SYSTEM audit row; nothing earlier, nothing but OPEN tenders (never an
 * auction), once; the officer then awards it as after their own close.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { awardTender } from "@/lib/domain/tenders/commands/tender-steps";
import { closeOverdueTenders, TENDER_CLOSE_GRACE_MS } from "@/lib/domain/tenders/jobs";
import { getTender } from "@/lib/domain/tenders/queries/tenders";
import { auctionNumber, tenderNumber } from "@/prisma/seed/tenders";
import { actorOf } from "@/tests/factories/actors";

let officer: Actor;
beforeAll(async () => {
  officer = await actorOf({ username: "staff.tenders" });
});

const statuses = async () => Object.fromEntries((await db.tender.findMany({ select: { number: true, status: true } })).map((t) => [t.number, t.status]));

describe("tenders-close job", () => {
  it("closes an OPEN tender only once its deadline is TENDER_CLOSE_GRACE_MS past, with a system audit row; then the officer awards it", async () => {
    const open = await db.tender.findUniqueOrThrow({ where: { number: tenderNumber(900001) } });
    expect(open.status).toBe("OPEN");
    const before = await statuses();
    const deadline = open.offersDeadline.getTime();

    // Within the grace: nothing moves (the officer's own close is the normal path).
    expect(await closeOverdueTenders(new Date(deadline + TENDER_CLOSE_GRACE_MS - 1_000))).toEqual({ closed: 0 });
    expect(await statuses()).toEqual(before);

    const at = new Date(deadline + TENDER_CLOSE_GRACE_MS);
    expect(await closeOverdueTenders(at)).toEqual({ closed: 1 });
    const closed = await db.tender.findUniqueOrThrow({ where: { id: open.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toEqual(at);
    // Only that one: ANNOUNCED, CLOSED, AWARDED and CANCELLED tenders are as they were.
    expect(await statuses()).toEqual({ ...before, [open.number]: "CLOSED" });
    const audit = await db.auditLog.findMany({ where: { entityId: open.id, action: "tender.close" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, actorLabel: expect.stringContaining("tenders-close"), municipalityId: open.municipalityId, before: { status: "OPEN" }, after: { status: "CLOSED", number: open.number } });

    // Idempotent: a second run (or a second worker) finds nothing.
    expect(await closeOverdueTenders(new Date(at.getTime() + 60_000))).toEqual({ closed: 0 });
    expect(await db.auditLog.count({ where: { entityId: open.id, action: "tender.close" } })).toBe(1);

    // Everyone sees it closed; the officer goes on to the award as after their own close.
    expect((await getTender(open.number, null, at))?.status).toBe("CLOSED");
    expect(await awardTender.execute(officer, { tenderId: open.id, awardedTo: "مؤسسة الجسور المتحدة للمقاولات", awardedCrNumber: "", amount: 125_000_000, note: "" })).toMatchObject({ status: "AWARDED" });
    expect((await db.tender.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("AWARDED");
    // Auctions are the officer's to close (it records that the session was held): the open one, its session passed, stays OPEN.
    const auction = await db.auction.findUniqueOrThrow({ where: { number: auctionNumber(900001) } });
    expect(auction.sessionAt.getTime()).toBeLessThan(at.getTime());
    expect(auction.status).toBe("OPEN");
  });
});
