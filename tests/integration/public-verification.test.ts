/**
 * Public verification (issue 11, decision 012), against a real PostgreSQL:
 * - a receipt is verified by a random token stored with the payment (what its QR code links to), never by
 *   the sequential receipt number, whose check digit anyone can compute — so receipts cannot be enumerated;
 * - the migration gives every existing receipt its own random token;
 * - the verification pages (license, health certificate, receipt) are limited per client IP by the real
 *   proxy: past the limit a localized page with status 429 and Retry-After, not a 500 and not the page.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

const SECRET = vi.hoisted(() => {
  const secret = "integration-test-payment-secret-0123456789";
  process.env.PAYMENT_WEBHOOK_SECRET = secret; // before env() is first read
  return secret;
});

import { POST as postNotification } from "@/app/api/payments/notifications/route";
import { db } from "@/lib/db";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { verifyReceipt } from "@/lib/domain/payments/queries/public-bills";
import { receiptVerificationUrl } from "@/lib/domain/payments/receipt-qr";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { makeBill } from "@/lib/domain/payments/test-support";
import { installPeerAddress, PEER_HEADER, peerToken } from "@/lib/http/peer-address";
import { VERIFY_PAGE_POINTS, verifyPageLimit } from "@/lib/http/verify-limit";
import { proxy } from "@/proxy";

async function payNewBill(amountHalalas = 12_300) {
  const bill = await makeBill({ amountHalalas });
  const raw = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas, paidAt: new Date(Date.now() - 60_000), bankCode: "SIMBANK" });
  const res = await postNotification(
    new Request("http://localhost/api/payments/notifications", { method: "POST", headers: { "content-type": "application/json", "x-signature": signPaymentBody(raw, SECRET) }, body: raw }),
  );
  expect(res.status).toBe(200);
  return db.payment.findUniqueOrThrow({ where: { billId: bill.id } });
}

describe("receipt verification keys", () => {
  it("a new receipt gets a random token; the QR link uses it; the receipt number does not verify", async () => {
    const a = await payNewBill();
    const b = await payNewBill();
    for (const p of [a, b]) {
      expect(p.receiptCode).toMatch(/^R\d{7,}$/); // still printed for people to read
      expect(p.verifyCode).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 random bits
      expect(p.verifyCode).not.toContain(p.receiptCode.slice(1));
    }
    expect(a.verifyCode).not.toBe(b.verifyCode);

    expect((await verifyReceipt(a.verifyCode))?.receiptCode).toBe(a.receiptCode);
    expect(receiptVerificationUrl("ar", a.verifyCode)).toMatch(new RegExp(`/ar/verify/receipt/${a.verifyCode}$`));
    // Knowing (or computing) a receipt number is not enough: the old key gives nothing.
    expect(await verifyReceipt(a.receiptCode)).toBeNull();
    expect(await verifyReceipt(a.receiptCode.toLowerCase())).toBeNull();
    expect(await verifyReceipt(b.verifyCode.slice(0, -1))).toBeNull();
  });

  it("the migration gives each existing receipt its own random token (run on a copy of the old table)", async () => {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const folder = readdirSync(dir).find((d) => d.endsWith("_receipt_verify_tokens"))!;
    const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("--"))
      .join("\n")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    const tokens = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`CREATE SCHEMA backfill_check`);
      // The table as it was before the migration: receipts with a number and no token.
      await tx.$executeRawUnsafe(`CREATE TABLE backfill_check."Payment" (id text PRIMARY KEY, "receiptCode" varchar(16) NOT NULL UNIQUE)`);
      await tx.$executeRawUnsafe(`INSERT INTO backfill_check."Payment" SELECT 'p' || g, 'R' || lpad(g::text, 7, '0') FROM generate_series(1, 200) g`);
      await tx.$executeRawUnsafe(`SET LOCAL search_path TO backfill_check`);
      for (const statement of sql) await tx.$executeRawUnsafe(statement);
      const rows = await tx.$queryRawUnsafe<{ verifyCode: string }[]>(`SELECT "verifyCode" FROM backfill_check."Payment"`);
      const nullable = await tx.$queryRawUnsafe<{ is_nullable: string }[]>(
        `SELECT is_nullable FROM information_schema.columns WHERE table_schema = 'backfill_check' AND table_name = 'Payment' AND column_name = 'verifyCode'`,
      );
      expect(nullable[0]!.is_nullable).toBe("NO");
      await tx.$executeRawUnsafe(`SET LOCAL search_path TO public`);
      await tx.$executeRawUnsafe(`DROP SCHEMA backfill_check CASCADE`);
      return rows.map((r) => r.verifyCode);
    });
    expect(tokens).toHaveLength(200);
    expect(new Set(tokens).size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe("rate limit of the public verification pages", () => {
  // What the portal's server hook does to every request (lib/http/peer-address.ts): the socket address is appended
  // to X-Forwarded-For and the request is stamped; here the test's address stands for the socket's.
  installPeerAddress();
  let n = 0;
  const newIp = () => `192.0.2.${++n}`;
  const page = (p: string, ip: string) => new NextRequest(`http://localhost${p}`, { headers: { "x-forwarded-for": ip, [PEER_HEADER]: peerToken()! } });

  it(`the proxy lets ${VERIFY_PAGE_POINTS} verifications a minute through, then answers a localized 429 page with Retry-After`, async () => {
    const ip = newIp();
    const paths = ["/ar/verify/license/abcdefghijklmnop", "/ar/verify/health-certificate/abcdefghijklmnop", "/ar/verify/receipt/abcdefghijklmnop"];
    for (let i = 0; i < VERIFY_PAGE_POINTS; i++) {
      const res = await proxy(page(paths[i % 3]!, ip));
      expect(res.status).not.toBe(429);
      expect(res.headers.get("x-middleware-next")).toBe("1"); // the page renders
    }
    for (const p of paths) {
      const res = await proxy(page(p, ip));
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      const html = await res.text();
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(html).toContain("طلبات كثيرة");
      expect(html).toMatch(/يُرجى الانتظار (دقيقة واحدة|دقيقتين|\d+ دقائق|\d+ دقيقة) ثم/); // Arabic plural of the minutes (issue 17)
      expect(html).not.toContain("$t(");
    }
    const en = await proxy(page("/en/verify/receipt/abcdefghijklmnop", ip));
    expect(en.status).toBe(429);
    expect(await en.text()).toContain("Too many requests");

    // Another address is not affected; a forged address on the left of the header does not help the limited one.
    expect((await proxy(page(paths[0]!, newIp()))).status).not.toBe(429);
    expect((await proxy(page(paths[0]!, `203.0.113.50, ${ip}`))).status).toBe(429);
    // Other public pages are not counted against this limit.
    expect((await proxy(page("/ar/bills/inquiry", ip))).status).not.toBe(429);
  });

  it("guards only the verification paths", async () => {
    const ip = newIp();
    for (const p of ["/ar/verify", "/ar/verify/license", "/ar/offices/x", "/ar/verify/license/a/b"]) expect(await verifyPageLimit(page(p, ip), "ar")).toBeNull();
  });
});
