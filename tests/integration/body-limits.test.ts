/**
 * Body size limits hold for streamed (chunked) bodies, not only for an honest Content-Length: the three
 * endpoints that take a body from outside — the bank's payment notification, the agency API's license
 * cancel and Open311 POST — read through lib/http/read-body.ts and stop pulling at the limit.
 *
 * Each over-limit body is a pull stream that would produce 8 MB with no Content-Length (exactly what a
 * chunked request looks like to a route handler); the test counts the bytes the server pulled. Before the
 * shared reader, the routes read all 8 MB (`request.text()`) before refusing with a 400, or (Open311)
 * checked only Content-Length.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

const SECRET = vi.hoisted(() => {
  const secret = "integration-test-payment-secret-0123456789";
  process.env.PAYMENT_WEBHOOK_SECRET = secret; // before env() is first read
  return secret;
});

import { POST as postNotification } from "@/app/api/payments/notifications/route";
import { POST as postCancel } from "@/app/api/v1/licenses/[number]/cancel/route";
import { POST as postOpen311 } from "@/app/api/open311/v2/[resource]/route";
import { db } from "@/lib/db";
import { nextLicenseNumber } from "@/lib/domain/licensing/numbers";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { makeBill } from "@/lib/domain/payments/test-support";
import { readBodyLimited } from "@/lib/http/read-body";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";

const EIGHT_MB = 8 * 1024 * 1024;
const CHUNK = 16 * 1024;

/** A body streamed in chunks without a Content-Length; `pulled()` says how much of it the reader asked for. */
function streamedBody(source: string | number) {
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : null;
  const total = bytes ? bytes.byteLength : source as number;
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        const n = Math.min(CHUNK, total - pulled);
        controller.enqueue(bytes ? bytes.slice(pulled, pulled + n) : new Uint8Array(n).fill(0x61)); // "aaaa…"
        pulled += n;
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function streamedRequest(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

describe("readBodyLimited", () => {
  it("stops pulling a chunked body at the limit and cancels the stream", async () => {
    const body = streamedBody(EIGHT_MB);
    const err = await readBodyLimited(streamedRequest("http://localhost/x", body.stream, {}), 1000).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    expect(body.pulled()).toBeLessThanOrEqual(1000 + CHUNK);
    expect(body.cancelled()).toBe(true);
  });

  it("refuses an over-limit Content-Length before reading anything, and reads a body exactly at the limit", async () => {
    const body = streamedBody(EIGHT_MB);
    const declared = streamedRequest("http://localhost/x", body.stream, { "content-length": String(EIGHT_MB) });
    await expect(readBodyLimited(declared, 1000)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(body.pulled()).toBe(0);
    const text = "ب".repeat(500); // 1000 bytes in UTF-8, split across chunks mid-character is fine
    expect(await readBodyLimited(streamedRequest("http://localhost/x", streamedBody(text).stream, {}), 1000)).toBe(text);
    await expect(readBodyLimited(streamedRequest("http://localhost/x", streamedBody(text + "x").stream, {}), 1000)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});

describe("payment notifications", () => {
  const url = "http://localhost/api/payments/notifications";

  it("refuses an 8 MB chunked body with 413 after reading at most the limit, and records nothing", async () => {
    const payments = await db.payment.count();
    const body = streamedBody(EIGHT_MB);
    const res = await postNotification(streamedRequest(url, body.stream, { "content-type": "application/json", "x-signature": "sha256=00" }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ status: "REJECTED", reason: "PAYLOAD_TOO_LARGE" });
    expect(body.pulled()).toBeLessThan(64 * 1024);
    expect(await db.payment.count()).toBe(payments);
  });

  it("accepts a valid notification streamed in chunks", async () => {
    const bill = await makeBill({ amountHalalas: 15_000 });
    const raw = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: 15_000, paidAt: new Date(Date.now() - 60_000), bankCode: "SIMBANK" });
    const res = await postNotification(streamedRequest(url, streamedBody(raw).stream, { "content-type": "application/json", "x-signature": signPaymentBody(raw, SECRET) }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe("ACCEPTED");
  });
});

describe("agency API: license cancel", () => {
  const KEY = AGENCY_CLIENTS.find((c) => c.code === "LABOR")!.demoKey;
  const GOOD_BODY = JSON.stringify({ reasonCode: "LABOR_LAW_VIOLATION", reason: "تشغيل عمالة دون تصاريح عمل سارية." });

  async function createLicense(): Promise<string> {
    const est = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: "2050123456" } });
    const now = new Date();
    const license = await db.license.create({
      data: {
        number: await nextLicenseNumber(db),
        verifyCode: randomBytes(12).toString("base64url"),
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
        expiresAt: new Date(now.getTime() + 365 * 86_400_000),
      },
      select: { number: true },
    });
    return license.number;
  }

  const cancel = (number: string, body: ReadableStream<Uint8Array>) =>
    postCancel(
      streamedRequest(`http://localhost/api/v1/licenses/${number}/cancel`, body, { "content-type": "application/json", "x-api-key": KEY, "x-forwarded-for": "203.0.113.9" }),
      { params: Promise.resolve({ number }) },
    );

  it("refuses an 8 MB chunked body with a 413 JSON error after reading at most the limit; the license stays active", async () => {
    const number = await createLicense();
    const body = streamedBody(EIGHT_MB);
    const res = await cancel(number, body.stream);
    expect(res.status).toBe(413);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(json.error.message.length).toBeGreaterThan(5);
    expect(body.pulled()).toBeLessThan(64 * 1024);
    expect((await db.license.findUniqueOrThrow({ where: { number } })).status).toBe("ACTIVE");
  });

  it("cancels with a valid body streamed in chunks", async () => {
    const number = await createLicense();
    const res = await cancel(number, streamedBody(GOOD_BODY).stream);
    expect(res.status).toBe(200);
    expect((await db.license.findUniqueOrThrow({ where: { number } })).status).toBe("CANCELLED");
  });
});

describe("Open311 POST requests", () => {
  const KEY = AGENCY_CLIENTS.find((c) => c.code === "OPEN311")!.demoKey;
  const post = (body: ReadableStream<Uint8Array>) =>
    postOpen311(streamedRequest("http://localhost/api/open311/v2/requests.json", body, { "content-type": "application/x-www-form-urlencoded" }), {
      params: Promise.resolve({ resource: "requests.json" }),
    });

  it("refuses an 8 MB chunked body (no Content-Length) with 413 in the Open311 error format, reading at most the limit", async () => {
    const complaints = await db.complaint.count();
    const body = streamedBody(EIGHT_MB);
    const res = await post(body.stream);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual([{ code: 413, description: expect.stringMatching(/too large/) }]);
    expect(body.pulled()).toBeLessThan(64 * 1024);
    expect(await db.complaint.count()).toBe(complaints);
  });

  it("creates a request from a valid form streamed in chunks", async () => {
    const form = new URLSearchParams({ api_key: KEY, service_code: "STREET_LIGHT", lat: "26.4331", long: "50.1033", description: "عمود إنارة مطفأ (طلب مرسل على دفعات)" }).toString();
    const res = await post(streamedBody(form).stream);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { service_request_id: string }[])[0]!.service_request_id).toMatch(/^C\d+$/);
  });
});
