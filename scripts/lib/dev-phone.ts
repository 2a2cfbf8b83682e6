import { createServer, type Server } from "node:http";

/**
 * A stand-in phone for the e2e run: the dev SMS provider POSTs every message, unmasked, here
 * (SMS_DEV_PHONE_URL), and a journey reads a one-time code the way a person reads their phone:
 * GET /messages?to=9665XXXXXXXX → [{ to, body, at }] newest first. Kept in memory only, never in the database,
 * so the portal itself keeps no secret after sending (docs/decisions/011-secrets-and-abuse-limits.md).
 */
export type PhoneMessage = { to: string; body: string; at: string };

export function startDevPhone(port: number, host = "127.0.0.1"): Promise<Server> {
  const inbox: PhoneMessage[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${host}`);
    if (req.method === "POST" && url.pathname === "/sms") {
      let raw = "";
      req.setEncoding("utf8");
      req.on("data", (c: string) => {
        raw += c;
        if (raw.length > 10_000) req.destroy();
      });
      req.on("end", () => {
        try {
          const { to, body } = JSON.parse(raw) as { to?: unknown; body?: unknown };
          if (typeof to !== "string" || typeof body !== "string") throw new Error("bad message");
          inbox.unshift({ to, body, at: new Date().toISOString() });
          if (inbox.length > 5_000) inbox.length = 5_000;
          res.writeHead(202, { "Content-Type": "application/json" }).end("{}");
        } catch {
          res.writeHead(400).end();
        }
      });
      return;
    }
    if (req.method === "GET" && url.pathname === "/messages") {
      const to = url.searchParams.get("to");
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(to ? inbox.filter((m) => m.to === to) : inbox));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
