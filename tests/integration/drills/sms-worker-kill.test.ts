/**
 * Fault drill (issue 18): the SMS worker is killed (SIGKILL) after the gateway accepted a message and before
 * the worker recorded it as sent. A new worker re-sends it once the claim expires; the HTTP provider sends
 * the same Idempotency-Key (the outbox id), so a gateway that honours it delivers the message exactly once.
 *
 * Real processes and real HTTP: `node --import tsx scripts/worker.ts` with SMS_PROVIDER=http against a local
 * stub gateway that dedupes by Idempotency-Key and counts what it delivered.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const ROOT = path.resolve(__dirname, "..", "..", "..");

type Received = { key: string | undefined; to: string; body: string };

function stubGateway() {
  const requests: Received[] = [];
  const delivered = new Map<string, string>(); // idempotency key → provider id
  let hold = true; // the first delivery is accepted but never answered: the worker dies waiting
  let onFirst: (() => void) | undefined;
  const firstRequest = new Promise<void>((resolve) => (onFirst = resolve));
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const json = JSON.parse(raw) as { to: string; body: string };
      const key = req.headers["idempotency-key"] as string | undefined;
      requests.push({ key, to: json.to, body: json.body });
      const known = key ? delivered.get(key) : undefined;
      const id = known ?? `gw-${delivered.size + 1}`;
      if (!known) delivered.set(key ?? `no-key-${requests.length}`, id); // a new message reaches the phone
      if (hold) {
        hold = false;
        onFirst?.();
        return; // accepted, but the answer never comes
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ id, duplicate: Boolean(known) }));
    });
  });
  return { server, requests, delivered, firstRequest };
}

function startWorker(url: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, SMS_PROVIDER: "http", SMS_HTTP_URL: url, NODE_ENV: "test", BACKUP_EVERY_HOURS: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", () => {});
  child.stderr!.on("data", () => {});
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));

async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const workers: ChildProcess[] = [];
const gateway = stubGateway();
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
  await Promise.all(workers.map(exited));
  gateway.server.close();
});

describe("drill: the SMS worker killed between sending and marking sent", () => {
  it("re-sends with the same Idempotency-Key after the claim expires, and the person gets one SMS", { timeout: 60_000 }, async () => {
    await new Promise<void>((r) => gateway.server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/sms`;
    // Nothing else due in this database: the drill's message is the only one the workers see.
    await db.outboxMessage.updateMany({ where: { status: { in: ["PENDING", "SENDING"] } }, data: { status: "DEAD", lastError: "drill: cleared" } });
    const msg = await db.outboxMessage.create({
      data: { to: "966501110018", template: "drill", params: {}, body: "رسالة تمرين — drill message", dedupeKey: `drill-sms-kill-${Date.now()}` },
    });

    const first = startWorker(url);
    workers.push(first);
    await Promise.race([gateway.firstRequest, exited(first).then(() => Promise.reject(new Error("the worker exited before sending")))]);
    first.kill("SIGKILL"); // after the gateway accepted it, before the worker could write SENT
    await exited(first);

    const afterCrash = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(afterCrash.status).toBe("SENDING");
    expect(afterCrash.sentAt).toBeNull();
    expect(gateway.delivered.size).toBe(1);

    // The claim lasts LOCK_SECONDS (60 s); make it expire now instead of waiting a minute.
    await db.outboxMessage.update({ where: { id: msg.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    const second = startWorker(url);
    workers.push(second);
    const sent = await waitFor("the second worker to mark it sent", async () => {
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
      return row.status === "SENT" ? row : undefined;
    }, 30_000);
    second.kill("SIGTERM");
    await exited(second);

    expect(gateway.requests).toHaveLength(2); // sent twice over HTTP …
    expect(gateway.requests.map((r) => r.key)).toEqual([msg.id, msg.id]); // … with the same key both times
    expect(gateway.delivered.size).toBe(1); // … so delivered once
    expect(sent.attempts).toBe(2);
    expect(sent.providerId).toBe("gw-1");
    expect(second.exitCode).toBe(0);
  });
});
