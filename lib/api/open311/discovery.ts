import "server-only";
import { env } from "@/lib/env";
import type { Open311Discovery } from "@/lib/api/open311/format";

/**
 * GeoReport v2 service discovery (wiki.open311.org/Service_Discovery): where the endpoint is, which
 * specification and formats it speaks, and whom to ask for a key. Clients read it first, so it names the
 * public base URL (PUBLIC_BASE_URL), never the address the request happened to arrive on.
 */
export const DISCOVERY_CHANGESET = "2026-12-03T00:00:00+03:00";

export function discoveryDocument(): Open311Discovery {
  const base = env().PUBLIC_BASE_URL.replace(/\/+$/, "");
  return {
    changeset: DISCOVERY_CHANGESET,
    contact: `Open311 at the Amanah: ${base}/en/developers`,
    key_service: `${base}/en/developers`,
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${base}/api/open311/v2`,
        changeset: DISCOVERY_CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}
