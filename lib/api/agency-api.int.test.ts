/**
 * The agency REST API v1 against a real PostgreSQL, through the real route handlers with real Requests:
 * every refusal (no key, wrong key, key without the scope, malformed or invalid request, unknown or
 * badly formed license number, already cancelled) answers the right status and JSON error and changes
 * NOTHING but its own "api.refused" audit row; a good call cancels the license at once and cascades to
 * the health certificates, with one SMS to the holder. Also the OpenAPI document generated from zod.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getLicense } from "@/app/api/v1/licenses/[number]/route";
import { POST as postCancel } from "@/app/api/v1/licenses/[number]/cancel/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { CANCEL_REASON_CODES } from "@/lib/domain/licensing/api-schemas";
import { nextHealthCertNumber, nextLicenseNumber } from "@/lib/domain/licensing/numbers";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";
import { installPeerAddress, PEER_HEADER, peerToken } from "@/lib/http/peer-address";

// The portal's server hook appends the socket address to X-Forwarded-For and stamps the request (decision 013):
// here 203.0.113.7 stands for the socket address of the calling agency.
installPeerAddress();

const KEY = Object.fromEntries(AGENCY_CLIENTS.map((c) => [c.code, c.demoKey])) as Record<string, string>;
const RESTAURANT = "2050123456"; // Abdullah's
const GROCERY = "2050654321"; // Abdullah's, another establishment
const YEAR = 365 * 86_400_000;

type Fixture = { licenseId: string; number: string; certs: Record<"issued" | "requested" | "unfit" | "otherShop", string> };
let fx: Fixture;

async function createLicense(commercialRegNo: string): Promise<{ id: string; number: string; establishmentId: string }> {
  const est = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo } });
  const now = new Date();
  return db.license.create({
    data: {
      number: await nextLicenseNumber(db),
      verifyCode: randomBytes(9).toString("base64url"),
      kind: "HEALTH",
      establishmentId: est.id,
      municipalityId: est.municipalityId,
      activityId: est.activityId!,
      holderNationalId: est.ownerNationalId,
      holderName: est.ownerName,
      holderMobile: est.ownerMobile,
      tradeNameAr: est.tradeNameAr,
      areaM2: 80,
      signAreaM2: 4,
      issuedAt: now,
      validFrom: now,
      expiresAt: new Date(now.getTime() + YEAR),
    },
    select: { id: true, number: true, establishmentId: true },
  });
}

async function createCert(establishmentId: string, licenseId: string | null, status: "ISSUED" | "REQUESTED" | "UNFIT", requestedById: string): Promise<string> {
  const cert = await db.healthCertificate.create({
    data: {
      number: await nextHealthCertNumber(db),
      verifyCode: randomBytes(9).toString("base64url"),
      establishmentId,
      licenseId,
      requestedById,
      workerName: "Worker",
      workerNationalId: "2123456789",
      occupation: "Cook",
      status,
      ...(status === "ISSUED" ? { issuedAt: new Date(), expiresAt: new Date(Date.now() + YEAR) } : {}),
    },
    select: { id: true },
  });
  return cert.id;
}

beforeAll(async () => {
  const abdullah = await db.user.findUniqueOrThrow({ where: { nationalId: (await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: RESTAURANT } })).ownerNationalId } });
  const license = await createLicense(RESTAURANT);
  const other = await createLicense(GROCERY);
  fx = {
    licenseId: license.id,
    number: license.number,
    certs: {
      issued: await createCert(license.establishmentId, license.id, "ISSUED", abdullah.id),
      requested: await createCert(license.establishmentId, null, "REQUESTED", abdullah.id),
      unfit: await createCert(license.establishmentId, license.id, "UNFIT", abdullah.id),
      otherShop: await createCert(other.establishmentId, other.id, "ISSUED", abdullah.id),
    },
  };
});

/** Everything a cancel could change: the license row, the certificates, the outbox, and the audit log except api.refused rows. */
async function state() {
  const [license, certs, outbox, audit, refused] = await Promise.all([
    db.license.findUniqueOrThrow({ where: { id: fx.licenseId } }),
    db.healthCertificate.findMany({ where: { id: { in: Object.values(fx.certs) } }, orderBy: { id: "asc" } }),
    db.outboxMessage.count(),
    db.auditLog.count({ where: { action: { not: "api.refused" } } }),
    db.auditLog.count({ where: { action: "api.refused" } }),
  ]);
  return { unchanged: { license, certs, outbox, audit }, refused };
}

const url = (number: string, suffix = "") => `http://localhost/api/v1/licenses/${encodeURIComponent(number)}${suffix}`;
const paramsOf = (number: string) => ({ params: Promise.resolve({ number }) });
const GOOD_BODY = { reasonCode: "LABOR_LAW_VIOLATION", reason: "تشغيل عمالة دون تصاريح عمل سارية." };

function cancel(number: string, init: { key?: string | null; header?: "bearer" | "x-api-key"; body?: string; contentType?: string | null; lang?: string } = {}) {
  const headers = new Headers();
  const key = init.key === undefined ? KEY.LABOR! : init.key;
  if (key !== null) headers.set(init.header === "x-api-key" ? "X-API-Key" : "Authorization", init.header === "x-api-key" ? key : `Bearer ${key}`);
  if (init.contentType !== null) headers.set("Content-Type", init.contentType ?? "application/json");
  if (init.lang) headers.set("Accept-Language", init.lang);
  headers.set("X-Forwarded-For", "203.0.113.7");
  headers.set(PEER_HEADER, peerToken()!); // as the server hook stamps every request (decision 013)
  return postCancel(new Request(url(number, "/cancel"), { method: "POST", headers, body: init.body ?? JSON.stringify(GOOD_BODY) }), paramsOf(number));
}

async function expectRefused(res: Response, status: number, code: string, by: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = (await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  const row = await db.auditLog.findFirstOrThrow({ where: { action: "api.refused" }, orderBy: { at: "desc" } });
  expect(row.actorLabel).toBe(`system:${by}`);
  expect((row.after as { reason: string }).reason).toBe(code);
  expect(row.ip).toBe("203.0.113.7");
  expect(JSON.stringify(row.after)).not.toContain("demo-"); // the key's secret part is never written
  return body.error;
}

describe("agency API v1: refusals change nothing", () => {
  it("refuses a call without a key (401, WWW-Authenticate)", async () => {
    const before = await state();
    const res = await cancel(fx.number, { key: null });
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    await expectRefused(res, 401, "UNAUTHENTICATED", "agency:unknown");
    const after = await state();
    expect(after.unchanged).toEqual(before.unchanged);
    expect(after.refused).toBe(before.refused + 1);
  });

  it("refuses a wrong key, by either header (401)", async () => {
    const before = await state();
    await expectRefused(await cancel(fx.number, { key: "amk_labor0_not-the-real-key" }), 401, "UNAUTHENTICATED", "agency:unknown");
    await expectRefused(await cancel(fx.number, { key: "amk_labor0_not-the-real-key", header: "x-api-key" }), 401, "UNAUTHENTICATED", "agency:unknown");
    await expectRefused(await cancel(fx.number, { key: "Basic xyz" }), 401, "UNAUTHENTICATED", "agency:unknown");
    const after = await state();
    expect(after.unchanged).toEqual(before.unchanged);
    expect(after.refused).toBe(before.refused + 3);
  });

  it("refuses a valid key without the scope (403), naming the agency in the audit log", async () => {
    const before = await state();
    await expectRefused(await cancel(fx.number, { key: KEY.SEC! }), 403, "FORBIDDEN", "agency:SEC");
    const read = await getLicense(new Request(url(fx.number), { headers: { "X-API-Key": KEY.OPEN311!, "X-Forwarded-For": "203.0.113.7", [PEER_HEADER]: peerToken()! } }), paramsOf(fx.number));
    await expectRefused(read, 403, "FORBIDDEN", "agency:OPEN311");
    expect((await state()).unchanged).toEqual(before.unchanged);
  });

  it("refuses a body that is not JSON, or sent without the JSON content type (400), or over 16 KB (413)", async () => {
    const before = await state();
    await expectRefused(await cancel(fx.number, { body: "{reasonCode: LABOR" }), 400, "MALFORMED_REQUEST", "agency:LABOR");
    await expectRefused(await cancel(fx.number, { contentType: "text/plain" }), 400, "MALFORMED_REQUEST", "agency:LABOR");
    await expectRefused(await cancel(fx.number, { body: JSON.stringify({ ...GOOD_BODY, reason: "x".repeat(17_000) }) }), 413, "PAYLOAD_TOO_LARGE", "agency:LABOR");
    expect((await state()).unchanged).toEqual(before.unchanged);
  });

  it("refuses an invalid body with the message of each field (422), in Arabic when asked", async () => {
    const before = await state();
    const missing = await expectRefused(await cancel(fx.number, { body: JSON.stringify({ reasonCode: "LABOR_LAW_VIOLATION" }) }), 422, "VALIDATION", "agency:LABOR");
    expect(Object.keys(missing.fields ?? {})).toEqual(["reason"]);
    const badCode = await expectRefused(await cancel(fx.number, { body: JSON.stringify({ ...GOOD_BODY, reasonCode: "BECAUSE" }) }), 422, "VALIDATION", "agency:LABOR");
    expect(Object.keys(badCode.fields ?? {})).toEqual(["reasonCode"]);
    const extra = await expectRefused(await cancel(fx.number, { body: JSON.stringify({ ...GOOD_BODY, status: "ACTIVE" }) }), 422, "VALIDATION", "agency:LABOR");
    expect(extra.fields).toBeDefined();
    const blank = await expectRefused(await cancel(fx.number, { body: JSON.stringify({ ...GOOD_BODY, reason: "    " }), lang: "ar-SA,ar;q=0.9" }), 422, "VALIDATION", "agency:LABOR");
    expect(blank.message).toMatch(/[\u0600-\u06FF]/);
    const array = await expectRefused(await cancel(fx.number, { body: "[]" }), 422, "VALIDATION", "agency:LABOR");
    expect(array.code).toBe("VALIDATION");
    expect((await state()).unchanged).toEqual(before.unchanged);
  });

  it("refuses a badly formed number (422) and an unknown license (404)", async () => {
    const before = await state();
    const bad = await expectRefused(await cancel("DMM-1446-051234"), 422, "VALIDATION", "agency:LABOR");
    expect(Object.keys(bad.fields ?? {})).toEqual(["number"]);
    await expectRefused(await cancel("L99999999"), 404, "NOT_FOUND", "agency:LABOR");
    expect((await state()).unchanged).toEqual(before.unchanged);
  });
});

describe("agency API v1: reading and cancelling", () => {
  it("reads a license's public data with licenses:read, audited, without national ID or mobile", async () => {
    const res = await getLicense(new Request(url(fx.number.toLowerCase()), { headers: { Authorization: `Bearer ${KEY.ZATCA!}` } }), paramsOf(fx.number.toLowerCase()));
    expect(res.status).toBe(200);
    const { license } = (await res.json()) as { license: Record<string, unknown> };
    expect(license).toMatchObject({ number: fx.number, status: "ACTIVE", kind: "HEALTH", commercialRegNo: RESTAURANT, cancelledAt: null });
    const text = JSON.stringify(license);
    const row = await db.license.findUniqueOrThrow({ where: { id: fx.licenseId } });
    expect(text).not.toContain(row.holderNationalId);
    expect(text).not.toContain(row.holderMobile);
    expect(text).not.toContain(row.verifyCode);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "api.licenses.read", entityId: fx.licenseId } });
    expect(audit.actorLabel).toBe("system:agency:ZATCA");
  });

  it("cancels at once: license CANCELLED, valid and requested health certificates revoked, one SMS, audit rows", async () => {
    const outboxBefore = await db.outboxMessage.count();
    const res = await cancel(fx.number, { header: "x-api-key" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { license: { status: string; cancelledBy: string; cancelledAt: string }; revokedHealthCertificates: string[] };
    expect(body.license.status).toBe("CANCELLED");
    expect(body.license.cancelledBy).toBe("agency:LABOR");

    const license = await db.license.findUniqueOrThrow({ where: { id: fx.licenseId } });
    expect(license).toMatchObject({ status: "CANCELLED", cancelledBy: "agency:LABOR", cancelReason: GOOD_BODY.reason });
    expect(license.cancelledAt).toBeInstanceOf(Date);

    const certs = Object.fromEntries(
      await Promise.all(Object.entries(fx.certs).map(async ([k, id]) => [k, await db.healthCertificate.findUniqueOrThrow({ where: { id } })] as const)),
    );
    expect(certs.issued!.status).toBe("REVOKED");
    expect(certs.issued!.revokeReason).toBe(GOOD_BODY.reason);
    expect(certs.requested!.status).toBe("REVOKED");
    expect(certs.unfit!.status).toBe("UNFIT"); // nothing to revoke
    expect(certs.otherShop!.status).toBe("ISSUED"); // another establishment's license is untouched
    expect(body.revokedHealthCertificates.sort()).toEqual([certs.issued!.number, certs.requested!.number].sort());

    const sms = await db.outboxMessage.findMany({ where: { createdAt: { gte: license.cancelledAt! } } });
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 1);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ template: "licenseCancelled", to: license.holderMobile });
    expect(sms[0]!.body).toContain(fx.number);

    const audit = await db.auditLog.findMany({ where: { actorLabel: "system:agency:LABOR", action: { in: ["license.cancel", "healthCert.revoke", "api.licenses.cancel"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["api.licenses.cancel", "healthCert.revoke", "healthCert.revoke", "license.cancel"]);
    expect((audit.find((a) => a.action === "api.licenses.cancel")!.after as { reasonCode: string }).reasonCode).toBe("LABOR_LAW_VIOLATION");
  });

  it("refuses to cancel it twice (409), changing nothing", async () => {
    const before = await state();
    await expectRefused(await cancel(fx.number, { key: KEY.ZATCA! }), 409, "INVALID_STATE", "agency:ZATCA");
    expect((await state()).unchanged).toEqual(before.unchanged);
  });

  it("rate limits a key (429 with Retry-After) without touching other keys", async () => {
    const client = await db.agencyClient.findUniqueOrThrow({ where: { code: "ZATCA" } });
    // Use up ZATCA's minute; LABOR still works.
    const calls = Array.from({ length: 125 }, () => getLicense(new Request(url("L99999999"), { headers: { "X-API-Key": KEY.ZATCA! } }), paramsOf("L99999999")));
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    const limited = await getLicense(new Request(url(fx.number), { headers: { "X-API-Key": KEY.ZATCA! } }), paramsOf(fx.number));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    const other = await getLicense(new Request(url(fx.number), { headers: { "X-API-Key": KEY.LABOR! } }), paramsOf(fx.number));
    expect(other.status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "api.refused", actorLabel: "system:agency:ZATCA", after: { path: ["reason"], equals: "RATE_LIMITED" } } })).toBeGreaterThan(0);
    expect(client.active).toBe(true);
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 generated from the zod schemas the routes validate with", async () => {
    const res = getOpenApi();
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown>; "x-scope": string }>>;
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[]; minLength?: number; maxLength?: number }>; required?: string[]; additionalProperties?: boolean }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/licenses/{number}/cancel"]!.post!["x-scope"]).toBe("licenses:cancel");
    expect(doc.paths["/licenses/{number}"]!.get!["x-scope"]).toBe("licenses:read");
    expect(Object.keys(doc.paths["/licenses/{number}/cancel"]!.post!.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404", "409", "422", "429"]));
    const req = doc.components.schemas.CancelLicenseRequest!;
    expect(req.properties!.reasonCode!.enum).toEqual([...CANCEL_REASON_CODES]);
    expect(req.properties!.reason).toMatchObject({ minLength: 5, maxLength: 500 });
    expect(req.required!.sort()).toEqual(["reason", "reasonCode"]);
    expect(req.additionalProperties).toBe(false);
    expect(Object.keys(doc.components.schemas.License!.properties!)).not.toContain("holderNationalId");
    expect(JSON.stringify(doc)).not.toMatch(/"\$ref":"#\/\$defs/); // every reference resolves into components
  });
});
