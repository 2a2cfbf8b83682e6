/**
 * Helpers for the payments integration tests (and other areas' tests that need a bill).
 * Not imported by application code.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { db, type DbOrTx } from "@/lib/db";
import { issueBill, type IssueBillInput, type IssuedBill } from "@/lib/domain/payments/issue-bill";

export const TEST_PAYER = { nationalId: "1087654321", name: "عبدالله محمد القحطاني", mobile: "966501234567" } as const;

export async function seededMunicipalityId(code = "EP-DMM-C"): Promise<string> {
  return (await db.municipality.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export async function makeBill(overrides: Partial<IssueBillInput> & { amountHalalas?: number } = {}): Promise<IssuedBill> {
  const { amountHalalas = 15_000, ...rest } = overrides;
  const input: IssueBillInput = {
    municipalityId: rest.municipalityId ?? (await seededMunicipalityId()),
    subjectType: "Test",
    subjectId: `test-${Math.random().toString(36).slice(2)}`,
    payer: TEST_PAYER,
    lines: [{ kind: "FEE", descriptionAr: "رسوم اختبار", descriptionEn: "Test fee", amountHalalas }],
    ...rest,
  };
  return db.$transaction((tx) => issueBill(tx, { system: "test" }, input), { maxWait: 60_000, timeout: 60_000 });
}

/**
 * Row count of EVERY table of the public schema, the last value of each number sequence, and
 * optionally one bill row: what a refused notification must leave exactly as it was.
 */
export async function databaseSnapshot(client: DbOrTx = db, billId?: string): Promise<Record<string, unknown>> {
  const tables = await client.$queryRaw<{ t: string }[]>`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const snapshot: Record<string, unknown> = {};
  for (const { t } of tables) {
    const [{ n }] = await client.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM "${t.replaceAll('"', '""')}"`);
    snapshot[`table:${t}`] = Number(n);
  }
  for (const seq of ["bill_number_seq", "violation_number_seq", "receipt_code_seq"]) {
    const [{ v, called }] = await client.$queryRawUnsafe<[{ v: bigint; called: boolean }]>(`SELECT last_value AS v, is_called AS called FROM ${seq}`);
    snapshot[`seq:${seq}`] = `${v}/${called}`;
  }
  if (billId) snapshot.bill = await client.bill.findUnique({ where: { id: billId }, include: { lines: true, payment: true } });
  return snapshot;
}

/** Serves the route handler's POST behind a real node:http server on a free local port. */
export async function serveRoute(path: string, handler: (req: Request) => Promise<Response>): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== "POST" || req.url !== path) {
        res.writeHead(404).end();
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const response = await handler(new Request(`http://127.0.0.1${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      res.writeHead(599).end(String(err));
    }
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
