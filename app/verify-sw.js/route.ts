import { serviceWorkerSource } from "@/lib/domain/signatures/offline-page";

/** The offline verification page's service worker (lib/domain/signatures/offline-page.ts). */
export function GET() {
  return new Response(serviceWorkerSource(), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
