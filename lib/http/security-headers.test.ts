import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders, tileSource } from "@/lib/http/security-headers";

describe("content security policy", () => {
  const csp = contentSecurityPolicy({ nonce: "abc123", dev: false, tileUrl: "https://{s}.tiles.example.sa/{z}/{x}/{y}.png", ssoIssuer: "https://sso.example.sa/oidc" });
  it("allows scripts only by nonce (+ strict-dynamic), never inline or eval in production", () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
  it("frames nothing and is framed by nobody; images from the tile server, data: (QR) and blob:", () => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' data: blob: https://*.tiles.example.sa");
    expect(csp).toContain("form-action 'self' https://sso.example.sa");
  });
  it("development adds eval and websockets for fast refresh", () => {
    const dev = contentSecurityPolicy({ nonce: "n", dev: true });
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain("connect-src 'self' ws: wss:");
    expect(dev).toContain("https://tile.openstreetmap.org"); // the default tile server
  });
  it("tile templates: relative or odd ones add nothing", () => {
    expect(tileSource("/tiles/{z}/{x}/{y}.png")).toBeNull();
    expect(tileSource("https://evil.example/'; script-src *")).toBe("https://evil.example");
    expect(tileSource("javascript:alert(1)")).toBeNull();
  });
  it("HSTS only in production; nosniff, referrer and permissions always", () => {
    const keys = (p: boolean) => staticSecurityHeaders(p).map((h) => h.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    const perms = staticSecurityHeaders(false).find((h) => h.key === "Permissions-Policy")!.value;
    expect(perms).toContain("geolocation=(self)");
    expect(perms).toContain("camera=()");
  });
});
