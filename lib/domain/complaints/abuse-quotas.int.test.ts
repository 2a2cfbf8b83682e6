/**
 * Issue 11 — abuse quotas, against the real PostgreSQL rate-limit store:
 * - one confirmed code no longer opens the door to unlimited guest complaints (per mobile and per IP per day);
 * - one-time codes cannot be pumped to a number across hours (per mobile per day) nor from one address;
 * - invented agency keys from one address write at most BAD_KEYS_PER_IP audit rows, then get 429 + Retry-After.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getLicense } from "@/app/api/v1/licenses/[number]/route";
import { POST as postOpen311 } from "@/app/api/open311/v2/[resource]/route";
import { BAD_KEYS_PER_IP } from "@/lib/api/agency-auth";
import { db } from "@/lib/db";
import type { Guest } from "@/lib/domain/command";
import { GUEST_COMPLAINTS_PER_IP_DAY, GUEST_COMPLAINTS_PER_MOBILE_DAY, fileComplaintAsGuest } from "@/lib/domain/complaints/commands/file-complaint";
import { requestComplaintOtp } from "@/lib/domain/complaints/commands/verify-mobile";
import { OTP_PER_IP, OTP_PER_MOBILE, OTP_PER_MOBILE_DAY } from "@/lib/domain/identity/otp";
import { AppError, isAppError } from "@/lib/errors";
import { installPeerAddress, PEER_HEADER, peerToken } from "@/lib/http/peer-address";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";

let storageRoot: string;
let categoryId: string;
let districtId: string;

beforeAll(async () => {
  installPeerAddress();
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "abuse-quotas-"));
  process.env.STORAGE_DIR = storageRoot;
  categoryId = (await db.complaintCategory.findUniqueOrThrow({ where: { code: "WASTE_COLLECTION" } })).id;
  districtId = (await db.district.findFirstOrThrow({ where: { nameEn: "Al-Adamah" } })).id;
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

const guest = (mobile: string | null, ip: string): Guest => ({ verifiedMobile: mobile, ip });
const input = { categoryId: "", description: "Bins have not been emptied for three days.", districtId: "", reporterName: "", locale: "ar" };
const file = (g: Guest) => fileComplaintAsGuest.execute(g, { ...input, categoryId, districtId });

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe("guest complaints after one confirmed code", () => {
  it(`at most ${GUEST_COMPLAINTS_PER_MOBILE_DAY} a day per confirmed mobile, with a localized 429 message`, async () => {
    const mobile = "966533330001";
    for (let i = 0; i < GUEST_COMPLAINTS_PER_MOBILE_DAY; i++) await file(guest(mobile, `198.51.100.${10 + i}`));
    const e = await refusal(file(guest(mobile, "198.51.100.99")));
    expect(e.code).toBe("RATE_LIMITED");
    expect(e.message).toBe("complaints:errors.tooManyComplaints");
    expect(Number(e.params?.minutes)).toBeGreaterThan(60); // a day's window: hours to wait, in minutes
    expect(Number(e.params?.retryAfterSeconds)).toBeGreaterThan(3600);
    expect(await db.complaint.count({ where: { reporterMobile: mobile } })).toBe(GUEST_COMPLAINTS_PER_MOBILE_DAY);
  });

  it(`at most ${GUEST_COMPLAINTS_PER_IP_DAY} a day per client IP, whatever the mobiles`, async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < GUEST_COMPLAINTS_PER_IP_DAY; i++) await file(guest(`9665344400${String(i).padStart(2, "0")}`, ip));
    expect((await refusal(file(guest("966534449999", ip)))).code).toBe("RATE_LIMITED");
    expect(await db.complaint.count({ where: { reporterMobile: "966534449999" } })).toBe(0);
    // Another address is not affected.
    await file(guest("966534449999", "203.0.113.51"));
  });
});

describe("one-time codes cannot be pumped", () => {
  it(`a number gets at most ${OTP_PER_MOBILE_DAY} codes a day even when each hour's quota is spent`, async () => {
    const mobile = "966522229001";
    let sent = 0;
    for (let hour = 0; hour < 3; hour++) {
      for (let i = 0; i < OTP_PER_MOBILE; i++) {
        const r = await requestComplaintOtp.execute(guest(null, `192.0.2.${hour * 10 + i + 1}`), { mobile }).then(() => true, (e: unknown) => e);
        if (r === true) sent++;
        else expect((r as AppError).code).toBe("RATE_LIMITED");
      }
      // An hour passes for the hourly window (its row expires); the daily one stays.
      await db.rateLimit.deleteMany({ where: { key: `otp_mobile:${mobile}` } });
    }
    expect(sent).toBe(OTP_PER_MOBILE_DAY);
    expect(await db.outboxMessage.count({ where: { to: mobile, template: "otp" } })).toBe(OTP_PER_MOBILE_DAY);
  });

  it(`one address gets at most ${OTP_PER_IP} codes an hour across numbers`, async () => {
    const ip = "192.0.2.200";
    for (let i = 0; i < OTP_PER_IP; i++) await requestComplaintOtp.execute(guest(null, ip), { mobile: `9665222300${String(i).padStart(2, "0")}` });
    const e = await refusal(requestComplaintOtp.execute(guest(null, ip), { mobile: "966522239999" }));
    expect(e.code).toBe("RATE_LIMITED");
    expect(e.message).toMatch(/^complaints:otp\.errors\.tooMany\?minutes=\d+$/);
  });
});

describe("agency API: invented keys", () => {
  const KEY = Object.fromEntries(AGENCY_CLIENTS.map((c) => [c.code, c.demoKey])) as Record<string, string>;
  const from = (ip: string, key: string) =>
    getLicense(
      new Request("http://localhost/api/v1/licenses/L99999999", { headers: { "X-API-Key": key, "X-Forwarded-For": ip, [PEER_HEADER]: peerToken()! } }),
      { params: Promise.resolve({ number: "L99999999" }) },
    );

  it(`a flood of wrong keys writes at most ${BAD_KEYS_PER_IP} audit rows, then 429 with Retry-After; a real key still works`, async () => {
    const ip = "198.51.100.77";
    const audited = () => db.auditLog.count({ where: { action: "api.refused", ip } });
    const before = await audited();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await from(ip, `amk_fake${i}_invented-key-${i}`)).status);
    expect(statuses.slice(0, BAD_KEYS_PER_IP).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(BAD_KEYS_PER_IP).every((s) => s === 429)).toBe(true);
    expect((await audited()) - before).toBe(BAD_KEYS_PER_IP);

    const limited = await from(ip, "amk_fake99_another");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(60);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toContain("invalid keys");

    // The real agency behind the same address is not locked out (404: the license does not exist).
    expect((await from(ip, KEY.ZATCA!)).status).toBe(404);
    // Another address still gets the ordinary 401.
    expect((await from("198.51.100.78", "amk_fake_x_y")).status).toBe(401);
  });
});

describe("Open311 POST: invented keys", () => {
  const post = (ip: string, key: string) =>
    postOpen311(
      new Request("http://localhost/api/open311/v2/requests.json", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": ip, [PEER_HEADER]: peerToken()! },
        body: new URLSearchParams({ api_key: key, service_code: "WASTE_COLLECTION", lat: "26.43", long: "50.10", description: "Bins full for two days" }),
      }),
      { params: Promise.resolve({ resource: "requests.json" }) },
    );

  it(`counts them against the caller's address too: ${BAD_KEYS_PER_IP} audited refusals, then 429`, async () => {
    const ip = "198.51.100.91";
    const before = await db.auditLog.count({ where: { action: "api.refused", ip } });
    const statuses: number[] = [];
    for (let i = 0; i < BAD_KEYS_PER_IP + 5; i++) statuses.push((await post(ip, `amk_fake${i}_open311-invented-${i}`)).status);
    expect(statuses.slice(BAD_KEYS_PER_IP)).toEqual(Array(5).fill(429));
    expect(statuses.slice(0, BAD_KEYS_PER_IP).every((s) => s === 401 || s === 403)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "api.refused", ip } })).toBeLessThanOrEqual(before + BAD_KEYS_PER_IP);
  });
});
