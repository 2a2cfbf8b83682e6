/**
 * The kiosk channel against PostgreSQL (issue 14): device authentication (unknown, malformed, disabled at once),
 * the fleet commands (key shown once, only its hash stored; staff scope), identification by national ID + SMS code
 * (wrong code refused and counted, session bound to its device), the web's own commands run for the kiosk actor
 * (renewal; complaint with source KIOSK), payment exactly once across a lost answer, and the heartbeat.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { fileComplaint } from "@/lib/domain/complaints/commands/file-complaint";
import { renewLicense } from "@/lib/domain/licensing/commands/renew-license";
import { registerKiosk, rotateKioskKey, setKioskStatus } from "@/lib/domain/kiosks/commands/manage-kiosks";
import { authenticateDevice, type KioskDeviceContext } from "@/lib/domain/kiosks/device-auth";
import { hashDeviceKey } from "@/lib/domain/kiosks/device-key";
import { recordHeartbeat } from "@/lib/domain/kiosks/heartbeat";
import { payAtKiosk } from "@/lib/domain/kiosks/pay";
import type { CardTerminal } from "@/lib/domain/kiosks/card-terminal";
import { fleet } from "@/lib/domain/kiosks/queries/fleet";
import { findMyTransaction, myTransactions } from "@/lib/domain/kiosks/queries/transactions";
import { endKioskSession, requireKioskPerson, startIdentification, verifyIdentification } from "@/lib/domain/kiosks/session";
import { notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { deliverTo } from "@/tests/setup/sms-phone";

/** The newest one-time code on the person's phone (other texts there carry long bill numbers). */
async function latestCode(mobile: string): Promise<string> {
  const body = (await deliverTo(mobile)).find((b) => b.startsWith("رمز التحقق"));
  if (!body) throw new Error(`no code was sent to ${mobile}`);
  return /(\d{6})/.exec(body)![1]!;
}
import { KIOSK_DEMO_LICENSES, KIOSK_DEMO_PERSON, PILOT_KIOSKS } from "@/prisma/seed/kiosks";

const SECRET = "kiosk-integration-test-secret";
const K01 = PILOT_KIOSKS[0]!;
const K02 = PILOT_KIOSKS[1]!;
let admin: Actor;
let device: KioskDeviceContext;

/** The terminal simulator through the SAME notification path, without HTTP; `loseAnswer` drops the first reply. */
function terminal(opts: { loseAnswer?: boolean } = {}): CardTerminal & { calls: number } {
  let lost = false;
  const t = {
    calls: 0,
    available: () => true,
    async chargeAndNotify(p: { billNumber: string; amountHalalas: number; bankTxnId: string }) {
      t.calls++;
      const body = notificationBody({ ...p, paidAt: new Date(), bankCode: "KIOSKPOS" });
      const { body: answer } = await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
      if (opts.loseAnswer && !lost) {
        lost = true;
        throw new Error("network lost after the bank was notified");
      }
      return answer;
    },
  };
  return t;
}

async function identify(on: KioskDeviceContext) {
  const { token } = await startIdentification(on, { nationalId: KIOSK_DEMO_PERSON.nationalId, locale: "ar" });
  const code = await latestCode(KIOSK_DEMO_PERSON.mobile);
  await verifyIdentification(on, token, { code });
  return { token, person: await requireKioskPerson(on, token) };
}

beforeAll(async () => {
  admin = await actorOf({ username: "staff.admin" });
  device = await authenticateDevice(K01.demoKey);
});

describe("device authentication", () => {
  it("accepts a registered kiosk's key and refuses a missing, malformed, unknown or borrowed one", async () => {
    expect(device.code).toBe("AHS-K01");
    for (const key of [null, "", "not-a-key", K01.demoKey.replace("AHS-K01", "AHS-K99"), `${K01.demoKey.slice(0, -1)}Z`]) {
      const e = await errorOf(authenticateDevice(key));
      expect(e.code).toBe("UNAUTHENTICATED");
      expect(e.message).toBe("kiosks:errors.deviceUnknown");
    }
  });

  it("a disabled kiosk is refused at its very next request, and its open session ends; enabling restores it", async () => {
    const k05 = await authenticateDevice(PILOT_KIOSKS[4]!.demoKey);
    const { token } = await identify(k05);
    await setKioskStatus.execute(admin, { kioskId: k05.id, status: "DISABLED", reason: "screen cracked" });
    const e = await errorOf(authenticateDevice(PILOT_KIOSKS[4]!.demoKey));
    expect([e.code, e.message]).toEqual(["FORBIDDEN", "kiosks:errors.deviceDisabled"]);
    expect((await db.kioskSession.findFirstOrThrow({ where: { deviceId: k05.id }, orderBy: { createdAt: "desc" } })).endReason).toBe("DEVICE_DISABLED");
    expect(await db.auditLog.count({ where: { action: "kiosk.disable", entityId: k05.id } })).toBe(1);
    await setKioskStatus.execute(admin, { kioskId: k05.id, status: "ACTIVE" });
    expect((await authenticateDevice(PILOT_KIOSKS[4]!.demoKey)).code).toBe("AHS-K05");
    expect((await errorOf(requireKioskPerson(k05, token))).code).toBe("UNAUTHENTICATED");
  });
});

describe("fleet commands", () => {
  it("register shows the key once and stores only its hash; rotating kills the old key; a non-admin is refused", async () => {
    const hofuf = await db.municipality.findUniqueOrThrow({ where: { code: "AHS-HOF" } });
    const r = await registerKiosk.execute(admin, { code: "AHS-K77", nameAr: "كشك تجريبي", nameEn: "Test kiosk", locationKind: "HOTEL", addressAr: "الهفوف", addressEn: "Al-Hofuf", latitude: "25.37", longitude: "49.58", municipalityId: hofuf.id });
    const row = await db.kioskDevice.findUniqueOrThrow({ where: { code: "AHS-K77" } });
    expect(row.keyHash).toBe(hashDeviceKey(r.deviceKey));
    expect(JSON.stringify(row)).not.toContain(r.deviceKey.slice(12));
    expect((await authenticateDevice(r.deviceKey)).code).toBe("AHS-K77");
    const rotated = await rotateKioskKey.execute(admin, { kioskId: row.id });
    expect((await errorOf(authenticateDevice(r.deviceKey))).code).toBe("UNAUTHENTICATED");
    expect((await authenticateDevice(rotated.deviceKey)).code).toBe("AHS-K77");
    const dup = await errorOf(registerKiosk.execute(admin, { code: "AHS-K77", nameAr: "x x", nameEn: "x x", locationKind: "MALL", addressAr: "x x", addressEn: "x x", latitude: 25.3, longitude: 49.5, municipalityId: hofuf.id }));
    expect(dup.fieldErrors).toEqual({ code: "kiosks:fleet.errors.codeTaken" });
    const reviewer = await actorOf({ username: "staff.reviewer" });
    expect((await errorOf(setKioskStatus.execute(reviewer, { kioskId: row.id, status: "DISABLED" }))).code).toBe("FORBIDDEN");
    expect((await db.kioskDevice.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("ACTIVE");
  });

  it("heartbeats update the fleet page's state; usage is counted per kiosk and per service", async () => {
    const k02 = await authenticateDevice(K02.demoKey);
    await recordHeartbeat(k02, { paper: "OUT", printer: "OK", appVersion: "1.4.2" });
    expect((await errorOf(recordHeartbeat(k02, { paper: "EMPTY", printer: "OK" }))).code).toBe("VALIDATION");
    const { kiosks } = await fleet(admin);
    const k = kiosks.find((x) => x.code === "AHS-K02")!;
    expect(k).toMatchObject({ health: "NEEDS_PAPER", paperState: "OUT", printerState: "OK" });
    expect(kiosks.filter((x) => x.code.startsWith("AHS-K0")).length).toBe(5);
  });
});

describe("identification", () => {
  it("a wrong code is refused (and counted), an expired session cannot verify, a session is bound to its device", async () => {
    const { token } = await startIdentification(device, { nationalId: KIOSK_DEMO_PERSON.nationalId });
    const code = await latestCode(KIOSK_DEMO_PERSON.mobile);
    const wrong = code === "000000" ? "111111" : "000000";
    expect((await errorOf(verifyIdentification(device, token, { code: wrong }))).message).toBe("kiosks:identify.errors.wrongCode");
    const row = await db.phoneVerification.findFirstOrThrow({ where: { mobile: KIOSK_DEMO_PERSON.mobile, purpose: "kiosk" }, orderBy: { createdAt: "desc" } });
    expect(row.attempts).toBe(1);
    const k02 = await authenticateDevice(K02.demoKey);
    expect((await errorOf(verifyIdentification(k02, token, { code }))).message).toBe("kiosks:identify.errors.expired");
    expect((await errorOf(requireKioskPerson(device, token))).code).toBe("UNAUTHENTICATED");
    await verifyIdentification(device, token, { code });
    const person = await requireKioskPerson(device, token);
    expect(person.actor).toMatchObject({ roles: ["CITIZEN"], channel: "KIOSK" });
    expect((await errorOf(requireKioskPerson(k02, token))).code).toBe("UNAUTHENTICATED");
    await endKioskSession(device, token, "FINISHED");
    expect((await errorOf(requireKioskPerson(device, token))).code).toBe("UNAUTHENTICATED");
  });

  it("an ID without an account gets the same answer and no SMS; no code opens it", async () => {
    const before = await db.outboxMessage.count();
    const { token } = await startIdentification(device, { nationalId: withCheckDigit("100000001") });
    expect(await db.outboxMessage.count()).toBe(before);
    expect((await errorOf(verifyIdentification(device, token, { code: "123456" }))).message).toBe("kiosks:identify.errors.wrongCode");
  }, 30_000);
});

describe("services run the web's own commands", () => {
  it("renewal, then payment exactly once across a lost answer, then the license is renewed", async () => {
    const { person } = await identify(device);
    const license = await db.license.findFirstOrThrow({ where: { establishment: { commercialRegNo: KIOSK_DEMO_LICENSES[3].commercialRegNo } } });
    const renewal = await renewLicense.execute(person.actor, { licenseId: license.id });
    expect(await db.auditLog.findFirst({ where: { action: "license.renewalRequested", entityId: license.id }, select: { actorLabel: true } })).toEqual({ actorLabel: `${KIOSK_DEMO_PERSON.nationalId} @kiosk:AHS-K01` });
    const flaky = terminal({ loseAnswer: true });
    const key = "attempt-0001-aaaa-bbbb";
    await expect(payAtKiosk(device, person, { billNumber: renewal.billNumber, idempotencyKey: key }, flaky)).rejects.toThrow(/network lost/);
    // The bank was notified once; the kiosk's retry with the same key gets the same payment, not a second one.
    const again = await payAtKiosk(device, person, { billNumber: renewal.billNumber, idempotencyKey: key }, flaky);
    expect(again.status).toBe("CONFIRMED");
    expect(again.receiptCode).toMatch(/^R\d+/);
    const third = await payAtKiosk(device, person, { billNumber: renewal.billNumber, idempotencyKey: key }, flaky);
    expect(third).toEqual(again);
    expect(flaky.calls).toBe(2);
    const bill = await db.bill.findUniqueOrThrow({ where: { number: renewal.billNumber }, include: { payment: true } });
    expect(bill.status).toBe("PAID");
    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(1);
    expect(bill.payment!.bankTxnId).toBe(`KIOSK-${again.reference}`);
    // A new attempt on the paid bill: ALREADY_PAID with the same receipt, nothing charged.
    const fresh = terminal();
    const newAttempt = await payAtKiosk(device, person, { billNumber: renewal.billNumber, idempotencyKey: "attempt-0002-aaaa-bbbb" }, fresh);
    expect(newAttempt).toMatchObject({ status: "ALREADY_PAID", receiptCode: again.receiptCode });
    expect(fresh.calls).toBe(0);
    expect((await db.license.findUniqueOrThrow({ where: { id: license.id } })).expiresAt.getTime()).toBeGreaterThan(license.expiresAt.getTime());
    // Someone else's bill is unknown at the kiosk.
    const other = await db.bill.findFirst({ where: { payerNationalId: { not: KIOSK_DEMO_PERSON.nationalId }, status: "UNPAID" } });
    if (other) expect((await errorOf(payAtKiosk(device, person, { billNumber: other.number, idempotencyKey: "attempt-0003-aaaa-bbbb" }, fresh))).code).toBe("NOT_FOUND");
    // The inquiry shows the paid bill with its timeline, and finds it by number.
    const txs = await myTransactions(person.actor);
    expect(txs.find((x) => x.reference === renewal.billNumber)).toMatchObject({ kind: "BILL", status: "PAID" });
    expect((await findMyTransaction(person.actor, renewal.billNumber))?.timeline.length).toBe(2);
  }, 60_000);

  it("a complaint filed at the kiosk is the web's command with source KIOSK", async () => {
    const { person } = await identify(device);
    const category = await db.complaintCategory.findFirstOrThrow({ where: { active: true, photoRequired: false } });
    const district = await db.district.findFirstOrThrow({ where: { municipality: { amanahId: (await db.department.findUniqueOrThrow({ where: { id: category.departmentId } })).amanahId } } });
    const r = await fileComplaint.execute(person.actor, { categoryId: category.id, districtId: district.id, description: "إنارة الشارع مطفأة منذ أسبوع أمام المحل" });
    expect((await db.complaint.findUniqueOrThrow({ where: { reference: r.reference } })).source).toBe("KIOSK");
    expect((await findMyTransaction(person.actor, r.reference))?.kind).toBe("COMPLAINT");
  }, 30_000);
});
