import { headers } from "next/headers";
import { offlinePageHtml } from "@/lib/domain/signatures/offline-page";
import { getT } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";

/**
 * The offline verification page of signed documents (issue 15): a self-contained HTML document (not a React page)
 * so that a service worker can keep it whole for use without network. Public, like every /verify page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response(null, { status: 404 });
  const nonce = (await headers()).get("x-nonce") ?? "";
  return new Response(offlinePageHtml(lang, getT(lang), nonce), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
