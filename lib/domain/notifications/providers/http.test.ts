import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RetryableSmsError, createHttpSmsProvider } from "@/lib/domain/notifications/providers/http";
import { PermanentSmsError } from "@/lib/domain/notifications/providers/types";

/** A real HTTP gateway stub: the reply is chosen per test, every request is recorded. */
type Seen = { method?: string; url?: string; headers: IncomingHttpHeaders; body: unknown };
let server: Server;
let url: string;
let seen: Seen[] = [];
let reply: { status: number; body?: string; delayMs?: number } = { status: 200 };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
      const { status, body = "", delayMs = 0 } = reply;
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, { "Content-Type": "application/json" }).end(body);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  reply = { status: 200 };
});

const msg = { id: "cmsg123", to: "966512345678", body: "رمز التحقق: 1234" };
const provider = (timeoutMs = 2_000) => createHttpSmsProvider({ url, token: "secret-token", sender: "AMANAH", timeoutMs });

describe("HTTP SMS provider", () => {
  it("posts the message as JSON with bearer token and Idempotency-Key, and returns the gateway id", async () => {
    reply = { status: 202, body: JSON.stringify({ messageId: "gw-77" }) };
    await expect(provider().send(msg)).resolves.toEqual({ providerId: "gw-77" });
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req?.method).toBe("POST");
    expect(req?.url).toBe("/sms");
    expect(req?.headers["authorization"]).toBe("Bearer secret-token");
    expect(req?.headers["idempotency-key"]).toBe("cmsg123");
    expect(req?.headers["content-type"]).toContain("application/json");
    expect(req?.body).toEqual({ to: "966512345678", body: "رمز التحقق: 1234", sender: "AMANAH", reference: "cmsg123" });
  });

  it("falls back to the outbox id when a 2xx reply has no id", async () => {
    reply = { status: 200, body: "OK" };
    await expect(provider().send(msg)).resolves.toEqual({ providerId: "cmsg123" });
  });

  it("treats 400 as permanent", async () => {
    reply = { status: 400, body: JSON.stringify({ error: "invalid number" }) };
    const err = await provider().send(msg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentSmsError);
    expect((err as Error).message).toContain("400");
  });

  it("treats 401 and 422 as permanent but 429 and 408 as retryable", async () => {
    for (const status of [401, 422]) {
      reply = { status };
      await expect(provider().send(msg), String(status)).rejects.toBeInstanceOf(PermanentSmsError);
    }
    for (const status of [429, 408]) {
      reply = { status };
      await expect(provider().send(msg), String(status)).rejects.toBeInstanceOf(RetryableSmsError);
    }
  });

  it("treats 503 as retryable", async () => {
    reply = { status: 503, body: "maintenance" };
    const err = await provider().send(msg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableSmsError);
    expect(err).not.toBeInstanceOf(PermanentSmsError);
  });

  it("treats a timeout as retryable", async () => {
    // The gateway would answer after 5 s; the 150 ms timeout gives up long before (a wide margin, so a busy
    // machine's late timers cannot fail it; without the timeout the send takes the full 5 s).
    reply = { status: 200, delayMs: 5_000 };
    const started = Date.now();
    const err = await provider(150).send(msg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableSmsError);
    expect((err as Error).message).toContain("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("treats a refused connection as retryable", async () => {
    const closed = createHttpSmsProvider({ url: "http://127.0.0.1:1/sms", sender: "AMANAH", timeoutMs: 1_000 });
    await expect(closed.send(msg)).rejects.toBeInstanceOf(RetryableSmsError);
  });

  it("sends no Authorization header when no token is configured", async () => {
    await createHttpSmsProvider({ url, sender: "AMANAH" }).send(msg);
    expect(seen[0]?.headers["authorization"]).toBeUndefined();
    expect(seen[0]?.headers["idempotency-key"]).toBe("cmsg123");
  });
});
