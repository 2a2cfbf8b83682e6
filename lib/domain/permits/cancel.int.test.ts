/**
 * Cancelling an issued building permit, against a real PostgreSQL: the signatory of the permit's municipality
 * cancels it with a ground and reasons; its certificates stop being valid with it, the timeline, the audit log
 * and the owner's SMS say so, the electricity company's search and the public verification see CANCELLED, and
 * nothing more can be done on it. The owner asks online; the signatory answers by cancelling or declining.
 * Every refusal writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { cancelPermit, declinePermitCancellation } from "@/lib/domain/permits/commands/cancel";
import { requestPermitCancellation } from "@/lib/domain/permits/commands/owner";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { recordPermitInspection } from "@/lib/domain/permits/after-issue/commands/record-inspection";
import { afterIssuePermit, verifyPermitCertificate } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { searchPermits } from "@/lib/domain/permits/electricity/search";
import { ZPermitSearch } from "@/lib/domain/permits/electricity/search-criteria";
import { getMyPermit, getStaffPermit, staffQueue, verifyPermit } from "@/lib/domain/permits/queries/permits";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createIssuedPermit } from "@/tests/factories/permits";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const REASON = "بُني دور ثالث خلافًا للرخصة (محضر الضبط رقم 4471)";
const a: Record<string, Actor> = {};
let storageRoot: string;

const version = async (id: string) => (await db.permit.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
/** Everything a refused cancel could have written. */
async function footprint(permitId: string) {
  const [permit, certificates, history, audit, outbox] = await Promise.all([
    db.permit.findUniqueOrThrow({ where: { id: permitId }, select: { status: true, version: true, cancelledAt: true, cancelGround: true, cancelReason: true } }),
    db.permitCertificate.findMany({ where: { permitId }, select: { id: true, cancelledAt: true }, orderBy: { id: "asc" } }),
    db.permitHistory.count({ where: { permitId } }),
    db.auditLog.count(),
    db.outboxMessage.count(),
  ]);
  return { permit, certificates, history, audit, outbox };
}
async function withInsulationCertificate(permitId: string) {
  const inspector = await db.user.findUniqueOrThrow({ where: { username: "staff.inspector" }, select: { id: true } });
  return db.permitCertificate.create({
    data: { permitId, type: "INSULATION", number: `TC${Date.now() % 1e9}${Math.floor(Math.random() * 100)}`, verifyCode: `t${Math.random().toString(36).slice(2, 14)}`, issuedById: inspector.id },
    select: { id: true },
  });
}

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "permits-cancel-"));
  process.env.STORAGE_DIR = storageRoot;
  a.signatory = await actorOf({ username: "staff.signatory" });
  a.inspector = await actorOf({ username: "staff.inspector" });
  a.reviewer = await actorOf({ username: "staff.reviewer" });
  a.office = await actorOf({ username: "office.manager" });
  a.owner = await actorOf({ nationalId: "1087654321" });
  a.otherCitizen = await actorOf({ nationalId: withCheckDigit("212345678") });
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("the signatory cancels an issued permit", () => {
  it("CANCELLED with its ground and reasons; its certificate cancelled; timeline, audit and one SMS; everyone who looks sees it", async () => {
    const p = await createIssuedPermit(db, { passed: ["FOUNDATION"] });
    const cert = await withInsulationCertificate(p.id);
    const since = new Date();
    const r = await cancelPermit.execute(a.signatory!, { permitId: p.id, version: await version(p.id), ground: "VIOLATION", reason: `  ${REASON}  ` });
    expect(r).toEqual({ permitId: p.id, status: "CANCELLED", certificatesCancelled: 1 });

    const row = await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, cancelledAt: true, cancelGround: true, cancelReason: true, lastNote: true } });
    expect(row).toMatchObject({ status: "CANCELLED", cancelGround: "VIOLATION", cancelReason: REASON, lastNote: REASON });
    expect(row.cancelledAt!.getTime()).toBeGreaterThanOrEqual(since.getTime());
    expect((await db.permitCertificate.findUniqueOrThrow({ where: { id: cert.id } })).cancelledAt).toEqual(row.cancelledAt);

    const history = await db.permitHistory.findMany({ where: { permitId: p.id }, select: { event: true, fromStatus: true, toStatus: true, actorId: true, actorRole: true, note: true } });
    expect(history).toEqual([{ event: "cancel", fromStatus: "ISSUED", toStatus: "CANCELLED", actorId: a.signatory!.userId, actorRole: "PERMITS_SIGNATORY", note: REASON }]);
    expect(await db.auditLog.count({ where: { action: "permits.cancel", entityId: p.id, actorId: a.signatory!.userId } })).toBe(1);
    const owner = await db.user.findUniqueOrThrow({ where: { nationalId: p.ownerNationalId }, select: { mobile: true } });
    const sms = await db.outboxMessage.findMany({ where: { to: owner.mobile, createdAt: { gte: since } }, select: { template: true, body: true } });
    expect(sms.map((m) => m.template)).toEqual(["permitCancelled"]);
    expect(sms[0]!.body).toContain(p.number);

    // the owner reads why; the signatory still finds it, with nothing more to offer
    expect(await getMyPermit(a.owner!, p.id)).toMatchObject({ status: "CANCELLED", cancelGround: "VIOLATION", cancelReason: REASON, events: [] });
    expect(await getStaffPermit(a.signatory!, p.id)).toMatchObject({ status: "CANCELLED", events: [] });
    // the public verification and the electricity company's search say CANCELLED (the certificate too)
    const code = (await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { verifyCode: true } })).verifyCode!;
    expect(await verifyPermit(code)).toMatchObject({ status: "CANCELLED", cancelledAt: row.cancelledAt });
    const org = { channel: "API" as const, actorId: null, actorLabel: "test", code: "SEC", nameAr: "الكهرباء", nameEn: "Electricity" };
    const search = ZPermitSearch.parse({ number: p.number, purpose: "التحقق من سريان الرخصة قبل إيصال التيار" });
    const found = await db.$transaction((tx) => searchPermits(tx, org, search));
    expect(found.permits).toEqual([expect.objectContaining({ number: p.number, status: "CANCELLED", insulation: expect.objectContaining({ status: "CANCELLED" }) })]);
    // the certificate's own QR page: cancelled on the permit's day, with the permit
    const certCode = (await db.permitCertificate.findUniqueOrThrow({ where: { id: cert.id }, select: { verifyCode: true } })).verifyCode;
    expect(await verifyPermitCertificate(certCode)).toMatchObject({ cancelledAt: row.cancelledAt, permit: { number: p.number, status: "CANCELLED" } });
  });

  it("nothing more can be done on it: no inspection, no second cancel, the after-issue page offers nothing", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    await cancelPermit.execute(a.signatory!, { permitId: p.id, version: await version(p.id), ground: "OWNER_REQUEST", reason: "طلب المالك إلغاء الرخصة لبيع القطعة" });
    const before = await footprint(p.id);
    const inspect = await errorOf(recordPermitInspection.execute(a.inspector!, { permitNumber: p.number, stage: "FOUNDATION", result: "PASS", notes: "", latitude: "26.43", longitude: "50.1", accuracyM: "5", photos: [new File([Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"))], "s.png", { type: "image/png" })] }));
    expect(inspect).toMatchObject({ code: "INVALID_STATE", message: "permitsAfterIssue:errors.notIssued" });
    const again = await errorOf(cancelPermit.execute(a.signatory!, { permitId: p.id, version: await version(p.id), ground: "VIOLATION", reason: "محاولة ثانية لإلغاء الرخصة نفسها" }));
    expect(again).toMatchObject({ code: "INVALID_STATE", message: "permits:errors.notAllowedNow" });
    expect(await footprint(p.id)).toEqual(before);
    const view = await afterIssuePermit(a.signatory!, p.number);
    expect(view).toMatchObject({ status: "CANCELLED", can: { inspect: false, certificates: [], cancel: false } });
  });
});

describe("refusals write nothing", () => {
  it("no ground, reasons too short, a stale version", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const v = await version(p.id);
    const before = await footprint(p.id);
    const noGround = await errorOf(cancelPermit.execute(a.signatory!, { permitId: p.id, version: v, reason: "سبب كافٍ في طوله للإلغاء" }));
    expect(noGround).toMatchObject({ code: "VALIDATION", fieldErrors: { ground: "permits:errors.chooseCancelGround" } });
    const short = await errorOf(cancelPermit.execute(a.signatory!, { permitId: p.id, version: v, ground: "VIOLATION", reason: "  مخالفة  " }));
    expect(short).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: "validation:tooShort?minimum=10" } });
    const stale = await errorOf(cancelPermit.execute(a.signatory!, { permitId: p.id, version: v + 1, ground: "VIOLATION", reason: "سبب كافٍ في طوله للإلغاء" }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "permits:errors.conflict" });
    expect(await footprint(p.id)).toEqual(before);
  });

  it("only the signatory of the permit's municipality: another municipality's permit is not found; other roles are forbidden", async () => {
    const elsewhere = await createIssuedPermit(db, { passed: [], municipalityCode: "EP-KHB" });
    const input = { permitId: elsewhere.id, version: await version(elsewhere.id), ground: "VIOLATION", reason: "سبب كافٍ في طوله للإلغاء" };
    const before = await footprint(elsewhere.id);
    expect((await errorOf(cancelPermit.execute(a.signatory!, input))).code).toBe("NOT_FOUND");
    for (const who of [a.owner!, a.office!, a.reviewer!, a.inspector!]) expect((await errorOf(cancelPermit.execute(who, input))).code).toBe("FORBIDDEN");
    expect(await footprint(elsewhere.id)).toEqual(before);
  });

  it("a permit not yet issued or already completed is not cancelled here", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    for (const status of ["AWAITING_SIGNATURE", "COMPLETED"] as const) {
      await db.permit.update({ where: { id: p.id }, data: { status } });
      const before = await footprint(p.id);
      const e = await errorOf(cancelPermit.execute(a.signatory!, { permitId: p.id, version: await version(p.id), ground: "VIOLATION", reason: "سبب كافٍ في طوله للإلغاء" }));
      expect(e).toMatchObject({ code: "INVALID_STATE", message: "permits:errors.notAllowedNow" });
      expect(await footprint(p.id)).toEqual(before);
    }
  });

  it("two signatories cancelling at once: one wins, the other gets a CONFLICT, one timeline row and one SMS", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const v = await version(p.id);
    const since = new Date();
    const results = await Promise.allSettled([
      cancelPermit.execute(a.signatory!, { permitId: p.id, version: v, ground: "VIOLATION", reason: "مخالفة شروط الرخصة في الارتدادات" }),
      cancelPermit.execute(a.signatory!, { permitId: p.id, version: v, ground: "OWNER_REQUEST", reason: "طلب المالك إلغاء الرخصة" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.permitHistory.count({ where: { permitId: p.id, event: "cancel" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { template: "permitCancelled", createdAt: { gte: since }, dedupeKey: { startsWith: `permit:${p.id}:` } } })).toBe(1);
  });
});

describe("the owner asks online; the signatory answers", () => {
  const queued = async (permitId: string) => (await staffQueue(a.signatory!)).cancelRequests.some((r) => r.id === permitId);
  const smsSince = async (since: Date) => (await db.outboxMessage.findMany({ where: { createdAt: { gte: since }, template: { in: ["permitCancelRequested", "permitCancelDeclined", "permitCancelled"] } }, orderBy: { createdAt: "asc" }, select: { template: true } })).map((m) => m.template);

  it("a request waits in the signatory's queue with the permit still ISSUED; one at a time; someone else's permit is not found", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const since = new Date();
    await requestPermitCancellation.execute(a.owner!, { permitId: p.id, version: await version(p.id), reason: "  بعت القطعة ولن أبني عليها  " });
    const row = await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, cancelRequestedAt: true, cancelRequestReason: true, cancelledAt: true } });
    expect(row).toMatchObject({ status: "ISSUED", cancelRequestReason: "بعت القطعة ولن أبني عليها", cancelledAt: null });
    expect(row.cancelRequestedAt).not.toBeNull();
    expect(await db.permitHistory.findMany({ where: { permitId: p.id }, select: { event: true, actorRole: true, toStatus: true, note: true } })).toEqual([
      { event: "requestCancel", actorRole: "CITIZEN", toStatus: "ISSUED", note: "بعت القطعة ولن أبني عليها" },
    ]);
    expect(await db.auditLog.count({ where: { action: "permits.requestCancel", entityId: p.id } })).toBe(1);
    expect(await smsSince(since)).toEqual(["permitCancelRequested"]);
    expect(await queued(p.id)).toBe(true);
    expect(await getStaffPermit(a.signatory!, p.id)).toMatchObject({ events: ["cancel", "declineCancel"] });
    expect(await getMyPermit(a.owner!, p.id)).toMatchObject({ events: [] });

    const before = await footprint(p.id);
    const twice = await errorOf(requestPermitCancellation.execute(a.owner!, { permitId: p.id, version: await version(p.id), reason: "أطلب الإلغاء مرة أخرى" }));
    expect(twice).toMatchObject({ code: "INVALID_STATE" });
    const other = await errorOf(requestPermitCancellation.execute(a.otherCitizen!, { permitId: p.id, version: await version(p.id), reason: "ليست رخصتي لكني أطلب إلغاءها" }));
    expect(other.code).toBe("NOT_FOUND");
    expect(await footprint(p.id)).toEqual(before);
  });

  it("declined with reasons: the permit stays ISSUED, the request leaves the queue, the owner is told and may ask again", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const noRequest = await errorOf(declinePermitCancellation.execute(a.signatory!, { permitId: p.id, version: await version(p.id), reason: "لا يوجد طلب لرفضه أصلًا" }));
    expect(noRequest).toMatchObject({ code: "INVALID_STATE" });
    await requestPermitCancellation.execute(a.owner!, { permitId: p.id, version: await version(p.id), reason: "عدلت عن البناء هذا العام" });
    const since = new Date();
    await declinePermitCancellation.execute(a.signatory!, { permitId: p.id, version: await version(p.id), reason: "على الرخصة مخالفة قائمة تُسوّى أولًا" });
    expect(await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, cancelRequestedAt: true, cancelRequestReason: true } })).toEqual({ status: "ISSUED", cancelRequestedAt: null, cancelRequestReason: null });
    expect(await smsSince(since)).toEqual(["permitCancelDeclined"]);
    expect(await queued(p.id)).toBe(false);
    expect((await db.permitHistory.findFirstOrThrow({ where: { permitId: p.id, event: "declineCancel" } })).note).toBe("على الرخصة مخالفة قائمة تُسوّى أولًا");
    expect(await getMyPermit(a.owner!, p.id)).toMatchObject({ status: "ISSUED", events: ["requestCancel"] });
    expect((await errorOf(declinePermitCancellation.execute(a.owner!, { permitId: p.id, version: await version(p.id), reason: "المالك لا يرفض طلبه" }))).code).toBe("FORBIDDEN");
  });

  it("answered by cancelling on the owner's request: CANCELLED, out of the queue", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    await requestPermitCancellation.execute(a.owner!, { permitId: p.id, version: await version(p.id), reason: "بعت القطعة ولن أبني عليها" });
    await cancelPermit.execute(a.signatory!, { permitId: p.id, version: await version(p.id), ground: "OWNER_REQUEST", reason: "بناءً على طلب المالك المقدم إلكترونيًا" });
    expect(await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, cancelGround: true } })).toEqual({ status: "CANCELLED", cancelGround: "OWNER_REQUEST" });
    expect(await queued(p.id)).toBe(false);
    expect((await db.permitHistory.findMany({ where: { permitId: p.id }, orderBy: { id: "asc" }, select: { event: true } })).map((h) => h.event)).toEqual(["requestCancel", "cancel"]);
  });
});
