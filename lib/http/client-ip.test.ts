import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp, pickFromChain } from "@/lib/http/client-ip";
import { installPeerAddress, PEER_HEADER, peerToken } from "@/lib/http/peer-address";

describe("pickFromChain: the (hops+1)th address from the right", () => {
  it("with 0 hops takes the rightmost entry (the socket address), never the client-written left part", () => {
    expect(pickFromChain("6.6.6.6, 10.0.0.9", 0)).toBe("10.0.0.9");
    expect(pickFromChain("10.0.0.9", 0)).toBe("10.0.0.9");
  });
  it("with N hops skips the N trusted proxies", () => {
    expect(pickFromChain("6.6.6.6, 203.0.113.5, 10.0.0.2, 127.0.0.1", 2)).toBe("203.0.113.5");
    expect(pickFromChain("203.0.113.5, 127.0.0.1", 1)).toBe("203.0.113.5");
  });
  it("a chain shorter than the hops gives its leftmost entry; an empty one gives 'unknown'", () => {
    expect(pickFromChain("127.0.0.1", 3)).toBe("127.0.0.1");
    expect(pickFromChain("", 0)).toBe("unknown");
    expect(pickFromChain(null, 0)).toBe("unknown");
    expect(pickFromChain(" , ", 0)).toBe("unknown");
  });
  it("IPv4-mapped IPv6 addresses are shown as IPv4", () => {
    expect(pickFromChain("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(pickFromChain("::1", 0)).toBe("::1");
  });
});

describe("clientIp over real HTTP with the server hook installed", () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    installPeerAddress();
    server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const hops = Number(new URL(req.url ?? "/", "http://x").searchParams.get("hops") ?? 0);
      res.end(JSON.stringify({ ip: clientIp(headers, hops), xff: headers.get("x-forwarded-for") }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function raw(path: string, headers: Record<string, string> = {}, localAddress?: string): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path, headers, localAddress }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
      });
      req.on("error", reject);
      req.end();
    });
  }
  const get = async (path: string, headers: Record<string, string> = {}, localAddress?: string): Promise<{ ip: string; xff: string }> =>
    JSON.parse((await raw(path, headers, localAddress)).body);

  it("answers a bad /api path or query itself: 400 with the JSON error, before the application", async () => {
    for (const path of ["/api/files/%00", "/api/files/%zz", "/api/open311/v2/requests.json?service_code=%00", "/api/x/%ED%A0%80"]) {
      const res = await raw(path, { "accept-language": "en" });
      expect(res.status, path).toBe(400);
      expect(res.type).toBe("application/json");
      expect(JSON.parse(res.body)).toEqual({ error: { code: "VALIDATION", message: expect.stringContaining("not valid") } });
    }
    // Pages are the proxy's job; good API input reaches the application.
    expect(JSON.parse((await raw("/ar/offices/a%00b")).body).ip).toBe("127.0.0.1");
    expect((await raw("/api/files/abc?x=1")).status).toBe(200);
  });

  it("a forged X-Forwarded-For / X-Real-IP does not change the address", async () => {
    expect((await get("/")).ip).toBe("127.0.0.1");
    const forged = await get("/", { "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "7.7.7.7" });
    expect(forged.ip).toBe("127.0.0.1");
    expect(forged.xff).toBe("6.6.6.6, 127.0.0.1");
  });

  it("the socket address decides the bucket (another loopback address is another client)", async () => {
    expect((await get("/", {}, "127.0.0.2")).ip).toBe("127.0.0.2");
  });

  it("with one trusted hop, the address the proxy appended is the client", async () => {
    expect((await get("/?hops=1", { "X-Forwarded-For": "6.6.6.6, 198.51.100.7" })).ip).toBe("198.51.100.7");
  });

  it("a client cannot forge the stamp: headers without this process's token are not trusted", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6", [PEER_HEADER]: "guess" });
    expect(clientIp(h, 0)).toBe("unknown");
    h.set(PEER_HEADER, peerToken()!);
    expect(clientIp(h, 0)).toBe("6.6.6.6");
  });
});
