import { NextResponse } from "next/server";
import { deviceFrom, jsonBody, kioskOk, kioskRoute, personFrom, sessionToken, SESSION_COOKIE_OPTIONS } from "@/lib/api/kiosk-route";
import { fileComplaint } from "@/lib/domain/complaints/commands/file-complaint";
import { filingOptions } from "@/lib/domain/complaints/queries/citizen";
import { renewLicense } from "@/lib/domain/licensing/commands/renew-license";
import { authenticateDevice } from "@/lib/domain/kiosks/device-auth";
import { DEVICE_COOKIE, SESSION_COOKIE } from "@/lib/domain/kiosks/device-key";
import { recordHeartbeat } from "@/lib/domain/kiosks/heartbeat";
import { payAtKiosk, sendReceiptBySms, startKioskPayment } from "@/lib/domain/kiosks/pay";
import { findMyTransaction, myTransactions } from "@/lib/domain/kiosks/queries/transactions";
import { canPrint, maskMobile } from "@/lib/domain/kiosks/rules";
import { ZDeviceKey } from "@/lib/domain/kiosks/schemas";
import { endKioskSession, startIdentification, verifyIdentification } from "@/lib/domain/kiosks/session";
import { recordUsage } from "@/lib/domain/kiosks/usage";
import { AppError } from "@/lib/errors";
import { transaction } from "@/lib/kernel/transaction";

/**
 * The kiosk channel's HTTP surface (issue 14, docs/decisions/021-kiosk-channel.md). Every operation authenticates the
 * DEVICE first (lib/api/kiosk-route.ts); a person's service then needs the kiosk session bound to it, and runs the
 * web's OWN commands (licensing.renew, complaints.file) with the kiosk actor — never a copy of them.
 */
type Handler = (request: Request) => Promise<NextResponse>;

const DEVICE_COOKIE_OPTIONS = { httpOnly: true, sameSite: "strict" as const, path: "/", secure: false, maxAge: 60 * 60 * 24 * 365 };

const POST: Record<string, Handler> = {
  /** Setting up a kiosk's screen: the technician types the device key once; it lives in an httpOnly cookie. */
  async device(request) {
    const parsed = ZDeviceKey.safeParse(await jsonBody(request));
    if (!parsed.success) throw new AppError("UNAUTHENTICATED", { message: "kiosks:errors.deviceUnknown" });
    const device = await authenticateDevice(parsed.data.key);
    const res = kioskOk({ code: device.code });
    res.cookies.set(DEVICE_COOKIE, parsed.data.key.trim(), DEVICE_COOKIE_OPTIONS);
    return res;
  },
  async heartbeat(request) {
    const device = await deviceFrom(request);
    return kioskOk(await recordHeartbeat(device, await jsonBody(request)));
  },
  async identify(request) {
    const device = await deviceFrom(request);
    const { token } = await startIdentification(device, await jsonBody(request));
    const res = kioskOk({ sent: true });
    res.cookies.set(SESSION_COOKIE, token, SESSION_COOKIE_OPTIONS);
    return res;
  },
  async verify(request) {
    const device = await deviceFrom(request);
    return kioskOk(await verifyIdentification(device, await sessionToken(), await jsonBody(request)));
  },
  async finish(request) {
    const device = await deviceFrom(request);
    const body = (await jsonBody(request)) as { reason?: unknown };
    await endKioskSession(device, await sessionToken(), body?.reason === "IDLE" ? "IDLE" : "FINISHED");
    const res = kioskOk({ ended: true });
    res.cookies.set(SESSION_COOKIE, "", { ...SESSION_COOKIE_OPTIONS, maxAge: 0 });
    return res;
  },
  async inquiry(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    const body = (await jsonBody(request)) as { reference?: unknown };
    const found = typeof body?.reference === "string" ? await findMyTransaction(person.actor, body.reference.slice(0, 40)) : null;
    await transaction((tx) => recordUsage(tx, device.id, "INQUIRY"));
    if (!found) throw new AppError("NOT_FOUND", { message: "kiosks:inquiry.notFound" });
    return kioskOk(found);
  },
  async renew(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    const result = await renewLicense.execute(person.actor, await jsonBody(request));
    if (!result.existing) await transaction((tx) => recordUsage(tx, device.id, "LICENSE_RENEW"));
    return kioskOk(result);
  },
  /** Step 1: the attempt and its reference, before the card is charged (idempotent per key). */
  async "pay-start"(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    return kioskOk(await startKioskPayment(device, person, await jsonBody(request)));
  },
  /** Step 2: charge and notify; a retry with the same key never pays twice. */
  async pay(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    return kioskOk(await payAtKiosk(device, person, await jsonBody(request)));
  },
  async "receipt-sms"(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    const { sentTo } = await sendReceiptBySms(device, person, await jsonBody(request));
    return kioskOk({ sentTo: maskMobile(sentTo) });
  },
  async complaint(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    const result = await fileComplaint.execute(person.actor, await jsonBody(request));
    await transaction((tx) => recordUsage(tx, device.id, "COMPLAINT"));
    return kioskOk({ reference: result.reference, departmentAr: result.departmentAr, departmentEn: result.departmentEn });
  },
  /** The screen printed something (receipt, certificate, inquiry): counted for the fleet page. */
  async printed(request) {
    const device = await deviceFrom(request);
    await personFrom(device);
    await transaction((tx) => recordUsage(tx, device.id, "PRINT"));
    return kioskOk({ counted: true });
  },
};

const GET: Record<string, Handler> = {
  /** The screen's own state: which kiosk, can it print (paper and printer from the last heartbeat). */
  async device(request) {
    const device = await deviceFrom(request);
    return kioskOk({ code: device.code, nameAr: device.nameAr, nameEn: device.nameEn, canPrint: canPrint(device) });
  },
  async me(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    return kioskOk({ nameAr: person.actor.nameAr, nameEn: person.actor.nameEn, transactions: await myTransactions(person.actor) });
  },
  async transactions(request) {
    const device = await deviceFrom(request);
    const person = await personFrom(device);
    await transaction((tx) => recordUsage(tx, device.id, "INQUIRY"));
    return kioskOk(await myTransactions(person.actor));
  },
  async "complaint-options"(request) {
    const device = await deviceFrom(request);
    await personFrom(device);
    const { categories, districts } = await filingOptions();
    return kioskOk({ categories: categories.filter((c) => !c.photoRequired), districts });
  },
};

function dispatch(table: Record<string, Handler>) {
  return async (request: Request, { params }: { params: Promise<{ op: string }> }) => {
    const { op } = await params;
    const handler = Object.hasOwn(table, op) ? table[op] : undefined;
    if (!handler) return NextResponse.json({ ok: false, error: "errors:NOT_FOUND" }, { status: 404 });
    return kioskRoute(() => handler(request));
  };
}

const postHandler = dispatch(POST);
const getHandler = dispatch(GET);
export { postHandler as POST, getHandler as GET };
