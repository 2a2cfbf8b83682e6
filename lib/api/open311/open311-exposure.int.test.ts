/**
 * What Open311 GET gives to anyone (issue 11, docs/decisions/012-public-data-exposure.md), through the real
 * route handlers with real Requests against a real PostgreSQL:
 * - calls without a key are limited per client IP address (the address our one trusted proxy appended to
 *   X-Forwarded-For, see lib/http/client-ip.ts; a forged left part does not give a new bucket): 429 in the Open311 error format,
 *   JSON or XML, with Retry-After;
 * - the public page is 50 requests (page_size at most 100, `page` to go further), not 1000;
 * - public coordinates are rounded to 3 decimals; phone numbers, national IDs and e-mail addresses are
 *   removed from the description, status_notes and address; internal notes never appear;
 * - a keyed client (open311:read or open311:write) gets the exact text and coordinates, in pages of up to 1000.
 */
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as getResource, POST as postResource } from "@/app/api/open311/v2/[resource]/route";
import { GET as getOneRequest } from "@/app/api/open311/v2/requests/[id]/route";
import { GET as getServiceDefinition } from "@/app/api/open311/v2/services/[code]/route";
import { PUBLIC_READS_PER_MINUTE } from "@/lib/api/open311/route";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { addInternalNote } from "@/lib/domain/complaints/commands/staff-note";
import { postPublicUpdate } from "@/lib/domain/complaints/commands/staff-update";
import { PUBLIC_MAX_PAGE_SIZE, PUBLIC_PAGE_SIZE } from "@/lib/domain/complaints/open311";
import { installPeerAddress, PEER_HEADER, peerToken } from "@/lib/http/peer-address";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";

const KEY = AGENCY_CLIENTS.find((c) => c.code === "OPEN311")!.demoKey;
const NO_OPEN311_KEY = AGENCY_CLIENTS.find((c) => !c.scopes.some((s) => s.startsWith("open311:")))!.demoKey;
const BASE = "http://localhost/api/open311/v2";
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ["request", "error"].includes(name) });

let ipCounter = 0;
/** A fresh client address per test, so tests do not share a rate-limit bucket. */
const newIp = () => `198.51.100.${++ipCounter}`;

/**
 * What the portal's server hook (lib/http/peer-address.ts) does to every request: the socket address is appended
 * to X-Forwarded-For and the request is stamped with the process token. Here the "socket address" is the test's
 * `x-forwarded-for` value, with no proxy in front (TRUSTED_PROXY_HOPS=0): the rightmost entry is the client.
 */
installPeerAddress();
const stamped = (headers: Record<string, string>) => ({ ...headers, [PEER_HEADER]: peerToken()! });

const get = (resource: string, query = "", headers: Record<string, string> = {}) =>
  getResource(new Request(`${BASE}/${resource}${query}`, { headers: stamped(headers) }), { params: Promise.resolve({ resource }) });
const getOne = (id: string, headers: Record<string, string> = {}) =>
  getOneRequest(new Request(`${BASE}/requests/${id}`, { headers: stamped(headers) }), { params: Promise.resolve({ id }) });

async function file(description: string, lat = "26.43317", long = "50.10339"): Promise<string> {
  const res = await postResource(
    new Request(`${BASE}/requests.json`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ api_key: KEY, service_code: "STREET_LIGHT", lat, long, description, address_string: "شارع الملك سعود، جوال 0559876543" }).toString(),
    }),
    { params: Promise.resolve({ resource: "requests.json" }) },
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { service_request_id: string }[])[0]!.service_request_id;
}

type Req = { service_request_id: string; description: string; status_notes: string | null; address: string | null; lat: number; long: number };

const PRIVATE_DESCRIPTION =
  "حفرة كبيرة أمام العمود رقم 15. للتواصل: 0551234567 أو ‎+966 55 123 4567 أو 00966551234567 أو ٠٥٥١٢٣٤٥٦٧، " +
  "هوية المبلغ 1087654321 وزوجته 2123456789، البريد ali.x@example.com — مرجع سابق C10000012 بتاريخ 2026-05-01";
const SECRETS = ["0551234567", "+966 55 123 4567", "00966551234567", "٠٥٥١٢٣٤٥٦٧", "1087654321", "2123456789", "ali.x@example.com", "0559876543"];

let privateRef: string;

beforeAll(async () => {
  privateRef = await file(PRIVATE_DESCRIPTION);
  const officer = (await loadActor(db, (await db.user.findFirstOrThrow({ where: { username: "staff.complaints" } })).id))!;
  const c = await db.complaint.findUniqueOrThrow({ where: { reference: privateRef } });
  await addInternalNote.execute(officer, { complaintId: c.id, body: "ملاحظة داخلية: المقاول تأخر، هاتف المشرف 0501112223" });
  await postPublicUpdate.execute(officer, { complaintId: c.id, body: "اتصلنا بك على 0551234567، سيزور الفريق الموقع غدًا" });
});

describe("rate limit per client address", () => {
  it(`answers 429 in the Open311 format with Retry-After after ${PUBLIC_READS_PER_MINUTE} calls a minute; another address is not affected`, async () => {
    const ip = newIp();
    for (let i = 0; i < PUBLIC_READS_PER_MINUTE; i++) {
      const res = await get("services.json", "", { "x-forwarded-for": ip });
      expect(res.status).toBe(200);
    }
    const limited = await get("requests.json", "", { "x-forwarded-for": ip });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual([{ code: 429, description: expect.stringMatching(/Too many requests/) }]);

    // The same in XML, on the other GET routes too.
    const one = await getOne(`${privateRef}.xml`, { "x-forwarded-for": ip });
    expect(one.status).toBe(429);
    expect(one.headers.get("content-type")).toMatch(/^text\/xml/);
    expect((xml.parse(await one.text()) as { errors: { error: { code: string }[] } }).errors.error[0]!.code).toBe("429");
    const def = await getServiceDefinition(new Request(`${BASE}/services/POTHOLE.json`, { headers: stamped({ "x-forwarded-for": ip }) }), { params: Promise.resolve({ code: "POTHOLE.json" }) });
    expect(def.status).toBe(429);

    // A forged address on the left of the header is not a new bucket: only the proxy's entry counts.
    expect((await get("requests.json", "", { "x-forwarded-for": `203.0.113.77, ${ip}` })).status).toBe(429);
    expect((await get("requests.json", "", { "x-forwarded-for": newIp() })).status).toBe(200);
  });

  it("a keyed client is limited per key, not by the address it shares with the public", async () => {
    const ip = newIp();
    for (let i = 0; i < PUBLIC_READS_PER_MINUTE; i++) await get("services.json", "", { "x-forwarded-for": ip });
    expect((await get("requests.json", "", { "x-forwarded-for": ip })).status).toBe(429);
    expect((await get("requests.json", "", { "x-forwarded-for": ip, "x-api-key": KEY })).status).toBe(200);
  });

  it("a wrong key is refused with 403 (never the public view) and counts against the address", async () => {
    const ip = newIp();
    const bad = await get("requests.json", "?api_key=amk_nope_nope", { "x-forwarded-for": ip });
    expect(bad.status).toBe(403);
    expect((await get("requests.json", "", { "x-forwarded-for": ip, "x-api-key": NO_OPEN311_KEY })).status).toBe(403);
    for (let i = 0; i < PUBLIC_READS_PER_MINUTE - 2; i++) await get("services.json", "", { "x-forwarded-for": ip });
    expect((await get("requests.json", "?api_key=amk_other_guess", { "x-forwarded-for": ip })).status).toBe(429);
  });
});

describe("public view", () => {
  it("removes phone numbers, national IDs and e-mail addresses from the text, rounds coordinates, and hides internal notes", async () => {
    for (const res of [await getOne(`${privateRef}.json`, { "x-forwarded-for": newIp() }), await get("requests.json", `?service_request_id=${privateRef}`, { "x-forwarded-for": newIp() })]) {
      expect(res.status).toBe(200);
      const [r] = (await res.json()) as Req[];
      const text = JSON.stringify(r);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).not.toContain("ملاحظة داخلية");
      expect(text).not.toContain("0501112223");
      expect(r!.description).toContain("•••");
      // What is not personal stays readable.
      expect(r!.description).toContain("العمود رقم 15");
      expect(r!.description).toContain("C10000012");
      expect(r!.description).toContain("2026-05-01");
      expect(r!.status_notes).toBe("اتصلنا بك على •••، سيزور الفريق الموقع غدًا");
      expect(r!.address).toBe("شارع الملك سعود، جوال •••");
      expect({ lat: r!.lat, long: r!.long }).toEqual({ lat: 26.433, long: 50.103 });
    }
    const x = await (await getOne(`${privateRef}.xml`, { "x-forwarded-for": newIp() })).text();
    for (const secret of SECRETS) expect(x).not.toContain(secret);
    expect(x).toContain("<lat>26.433</lat>");
  });

  it(`lists ${PUBLIC_PAGE_SIZE} a page by default, at most ${PUBLIC_MAX_PAGE_SIZE}, and pages with page=`, async () => {
    const mine = new Set<string>();
    for (let i = 0; i < PUBLIC_PAGE_SIZE + 3; i++) mine.add(await file(`حفرة رقم ${i} في الشارع`, "26.4301", "50.1001"));
    const ip = newIp();
    const first = (await (await get("requests.json", "", { "x-forwarded-for": ip })).json()) as Req[];
    expect(first.length).toBe(PUBLIC_PAGE_SIZE);
    const second = (await (await get("requests.json", "?page=2", { "x-forwarded-for": ip })).json()) as Req[];
    expect(second.length).toBeGreaterThan(0);
    expect(second.map((r) => r.service_request_id).filter((id) => first.some((f) => f.service_request_id === id))).toEqual([]);
    const ten = (await (await get("requests.json", "?page_size=10", { "x-forwarded-for": ip })).json()) as Req[];
    expect(ten.map((r) => r.service_request_id)).toEqual(first.slice(0, 10).map((r) => r.service_request_id));

    const tooBig = await get("requests.json", `?page_size=${PUBLIC_MAX_PAGE_SIZE + 1}`, { "x-forwarded-for": ip });
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toEqual([{ code: 400, description: expect.stringMatching(/page_size/) }]);
    for (const bad of ["?page=0", "?page=abc", "?page_size=-1", "?page=99999999999999999999"]) {
      expect((await get("requests.json", bad, { "x-forwarded-for": ip })).status).toBe(400);
    }
    // A list of ids is cut to the page size too.
    const many = await get("requests.json", `?service_request_id=${[...mine].join(",")}`, { "x-forwarded-for": ip });
    expect(((await many.json()) as Req[]).length).toBe(PUBLIC_PAGE_SIZE);

    // A keyed client gets them all in one call.
    const keyed = (await (await get("requests.json", "", { "x-api-key": KEY })).json()) as Req[];
    expect(keyed.length).toBeGreaterThan(PUBLIC_PAGE_SIZE);
    for (const id of mine) expect(keyed.map((r) => r.service_request_id)).toContain(id);
  });
});

describe("keyed view", () => {
  it("gives an open311 client (api_key in the query or a header) the exact text and coordinates, still without internal notes", async () => {
    for (const res of [await get("requests.json", `?service_request_id=${privateRef}&api_key=${encodeURIComponent(KEY)}`), await getOne(`${privateRef}.json`, { authorization: `Bearer ${KEY}` })]) {
      expect(res.status).toBe(200);
      const [r] = (await res.json()) as Req[];
      expect(r!.description).toBe(PRIVATE_DESCRIPTION);
      expect(r!.address).toBe("شارع الملك سعود، جوال 0559876543");
      expect(r!.status_notes).toBe("اتصلنا بك على 0551234567، سيزور الفريق الموقع غدًا");
      expect({ lat: r!.lat, long: r!.long }).toEqual({ lat: 26.43317, long: 50.10339 });
      expect(JSON.stringify(r)).not.toContain("ملاحظة داخلية");
    }
  });
});
