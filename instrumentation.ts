/** Runs once when the server process starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The TCP peer address for lib/http/client-ip.ts (decision 013).
    const { installPeerAddress } = await import("./lib/http/peer-address");
    installPeerAddress();
    // The data cache listens for the other instances' expiries from the start, not from the first page (decision 039).
    const { listenForExpiries } = await import("./lib/cache/shared-cache-handler.mjs");
    void listenForExpiries();
  }
}

/**
 * An error in a render or route (Next's hook). A database outage marks the proxy's health probe down at once,
 * so the following requests get the 503 page rather than another error (lib/http/db-probe.ts, decision 014).
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/db-availability");
  if (!isDatabaseUnavailable(error)) return;
  const { markDatabaseDown } = await import("./lib/http/db-probe");
  markDatabaseDown("a request failed on it");
}
