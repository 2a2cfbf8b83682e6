/**
 * Fault drill (issue 18): the web server is killed (SIGKILL) while signed bank notifications are being paid,
 * 10 in flight; it is started again and the bank retries every notification. Every bill ends paid exactly
 * once, with one payment and exactly one "payment received" SMS, delivered once by the worker.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appEnv, DRILL_PAYMENT_SECRET, ensureProductionBuild, freshCluster, kill, removeCluster, startWeb, startWorker, waitUntil, type Cluster, type Proc } from "./harness";
import { TEST_PORTS } from "../../scripts/lib/test-ports";

const WEB_PORT = TEST_PORTS.webKillDrillWeb;
const PG_PORT = TEST_PORTS.webKillDrillPostgres;
const BASE = `http://localhost:${WEB_PORT}`;
const BILLS = 80;
const IN_FLIGHT = 10;

let cluster: Cluster | undefined;
let web: Proc | undefined;
let worker: Proc | undefined;
let env: NodeJS.ProcessEnv;
type Db = typeof import("@/lib/db").db;
let db: Db;

beforeAll(async () => {
  cluster = await freshCluster("payments", PG_PORT);
  env = appEnv(cluster.url, WEB_PORT);
  await ensureProductionBuild(env);
  process.env.DATABASE_URL = cluster.url; // before lib/db loads
  db = (await import("@/lib/db")).db;
  web = await startWeb(env);
  worker = startWorker(env);
}, 600_000);

afterAll(async () => {
  await kill(worker);
  await kill(web);
  await db?.$disconnect().catch(() => {});
  await cluster?.stop().catch(() => {});
  removeCluster(cluster);
});

describe("drill: the web server killed mid-payments, then the bank retries", () => {
  it("pays every bill exactly once with one SMS each", { timeout: 180_000 }, async () => {
    const { issueBill } = await import("@/lib/domain/payments/issue-bill");
    const { signPaymentBody, SIGNATURE_HEADER } = await import("@/lib/domain/payments/signature");
    const municipality = await db.municipality.findFirstOrThrow({ orderBy: { code: "asc" } });
    const runId = Date.now().toString(36);
    const bills: { id: string; number: string; total: number }[] = [];
    for (let i = 0; i < BILLS; i++) {
      const bill = await db.$transaction((tx) =>
        issueBill(tx, { system: "drill" }, {
          municipalityId: municipality.id,
          subjectType: "Drill",
          subjectId: `drill-${runId}-${i}`,
          payer: { nationalId: "1087654321", name: "Drill payer", mobile: "966501234567" },
          lines: [{ kind: "FEE", descriptionAr: "رسوم", descriptionEn: "Fee", amountHalalas: 5_000 + i }],
        }),
      );
      bills.push({ id: bill.id, number: bill.number, total: bill.totalHalalas });
    }
    const notifications = bills.map((b, i) => JSON.stringify({ bankTxnId: `DRILL-${runId}-${i}`, billNumber: b.number, amountHalalas: b.total, paidAt: new Date().toISOString(), bankCode: "DRILL" }));

    const send = async (body: string) => {
      try {
        const res = await fetch(`${BASE}/api/payments/notifications`, {
          method: "POST",
          headers: { "Content-Type": "application/json", [SIGNATURE_HEADER]: signPaymentBody(body, DRILL_PAYMENT_SECRET) },
          body,
          signal: AbortSignal.timeout(20_000),
        });
        return { status: res.status, json: (await res.json().catch(() => ({}))) as { status?: string } };
      } catch {
        return { status: 0, json: {} }; // connection refused / reset: the bank will retry
      }
    };
    const pool = async (bodies: string[], onResult: (r: { status: number }) => void) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < bodies.length) {
            const r = await send(bodies[next++]!);
            onResult(r);
          }
        }),
      );
    };

    // Round 1: kill -9 the web server once a quarter of the bills are accepted.
    const first = { accepted: 0, failed: 0, other: 0 };
    let killed = false;
    await pool(notifications, (r) => {
      if (r.status === 200) first.accepted++;
      else if (r.status === 0) first.failed++;
      else first.other++;
      if (!killed && first.accepted >= BILLS / 4) {
        killed = true;
        web!.child.kill("SIGKILL");
      }
    });
    await web!.exited;
    expect(killed).toBe(true);
    expect(first.failed).toBeGreaterThan(0); // the kill really cut requests off
    expect(first.accepted).toBeLessThan(BILLS);

    // The web server comes back; the bank retries every notification (it never got answers for some).
    web = await startWeb(env);
    const second = { ok: 0, other: [] as number[] };
    await pool(notifications, (r) => (r.status === 200 ? second.ok++ : second.other.push(r.status)));
    expect(second.other).toEqual([]);
    expect(second.ok).toBe(BILLS);

    const ids = bills.map((b) => b.id);
    const outbox = await waitUntil(
      "the worker to deliver every payment SMS",
      async () => {
        const rows = await db.outboxMessage.findMany({ where: { dedupeKey: { in: ids.map((id) => `payment-received:${id}`) } } });
        return rows.length === BILLS && rows.every((r) => r.status === "SENT") ? rows : undefined;
      },
      60_000,
    );
    const paid = await db.bill.count({ where: { id: { in: ids }, status: "PAID" } });
    const payments = await db.payment.groupBy({ by: ["billId"], where: { billId: { in: ids } }, _count: { _all: true } });
    const delivered = await db.devSmsMessage.groupBy({ by: ["outboxId"], where: { outboxId: { in: outbox.map((o) => o.id) } }, _count: { _all: true } });

    expect(paid).toBe(BILLS);
    expect(payments).toHaveLength(BILLS);
    expect(payments.every((p) => p._count._all === 1)).toBe(true);
    expect(outbox).toHaveLength(BILLS); // one "payment received" message per bill
    expect(delivered).toHaveLength(BILLS); // each delivered …
    expect(delivered.every((d) => d._count._all === 1)).toBe(true); // … once
    console.log(`[drill] web killed mid-payments: round 1 ${first.accepted} accepted, ${first.failed} connection errors; after restart and retry: ${paid}/${BILLS} paid, ${payments.length} payments, ${delivered.length} SMS, 0 duplicates`);
  });
});
