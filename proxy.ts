import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { DEFAULT_LANG, isLang } from "@/lib/i18n/settings";
import { databaseHealth } from "@/lib/http/db-probe";
import { outagePageResponse } from "@/lib/http/outage-page";
import { badRequestJson, badRequestPage } from "@/lib/http/bad-request";
import { badRequestTarget, rawTarget } from "@/lib/http/input-boundary";
import { badActionBody } from "@/lib/http/action-body";
import { API_CSP, contentSecurityPolicy } from "@/lib/http/security-headers";
import { verifyPageLimit } from "@/lib/http/verify-limit";

/**
 * The quick check only: every path gets a language prefix, and protected areas need a session.
 * Whether the signed-in user may see a page is decided on the server by the page itself
 * (requirePageActor), never here.
 */
const PROTECTED = ["my", "office", "staff", "medical", "utility"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const [, first, second] = pathname.split("/");
  const isApi = first === "api";
  // A fresh nonce per request: Next puts it on its own scripts when it finds it in the request's CSP header.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    tileUrl: process.env.NEXT_PUBLIC_MAP_TILE_URL,
    ssoIssuer: process.env.NATIONAL_SSO_ISSUER,
  });

  // The input boundary (decision 013): a path or query no route can handle is refused here, once, with a 400.
  const raw = rawTarget(request.url);
  if (badRequestTarget(raw.pathname, raw.search)) {
    const lang = isLang(first) ? first : acceptLang(request);
    const res = isApi ? badRequestJson(lang) : badRequestPage(lang, nonce);
    res.headers.set("Content-Security-Policy", isApi ? API_CSP : csp);
    return res;
  }
  // A server action whose body Next cannot decode fails inside Next (500) before runAction: refuse it here.
  if (request.method === "POST" && request.headers.has("next-action") && (await badActionBody(request))) {
    const res = badRequestJson(isLang(first) ? first : acceptLang(request));
    res.headers.set("Content-Security-Policy", API_CSP);
    return res;
  }
  if (isApi) return NextResponse.next();
  // Files with an extension (favicon.ico, robots.txt): no language redirect.
  if (!isLang(first) && /\.[a-zA-Z0-9]+$/.test(pathname)) return NextResponse.next();

  if (!isLang(first)) {
    const preferred = request.cookies.get("lang")?.value;
    const lang = isLang(preferred) ? preferred : DEFAULT_LANG;
    return NextResponse.redirect(new URL(`/${lang}${pathname === "/" ? "" : pathname}${search}`, request.url));
  }

  // Database outage: a localized 503 page instead of a 500 from inside a render (cached probe, ≤ 1/s).
  // Server actions (POST with Next-Action) go through: runAction answers them with a form error.
  if ((request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action") && !(await databaseHealth()).up) {
    const res = outagePageResponse(first, nonce);
    res.headers.set("Content-Security-Policy", csp);
    return res;
  }

  // Public verification pages (QR codes): limited per client IP; a limited client gets a localized 429 page (decision 012).
  if (second === "verify") {
    const limited = await verifyPageLimit(request, first, nonce);
    if (limited) {
      limited.headers.set("Content-Security-Policy", csp);
      return limited;
    }
  }

  if (second && PROTECTED.includes(second)) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL(`/${first}/sign-in`, request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  // forbidden.tsx / not-found.tsx receive no params: they read the language from this header.
  const headers = new Headers(request.headers);
  headers.set("x-lang", first);
  headers.set("x-path", pathname);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Remember the language of a page the person opened (a document load; a client without Sec-Fetch-Dest counts),
  // never of a prefetch or a server action. Next strips its own prefetch headers before the proxy, so the
  // browser's Sec-Fetch-Dest tells: prefetches and actions are fetches ("empty"). A cookie set in an action's
  // response makes Next re-render the page after the action: a refused step's message vanished under it.
  const dest = request.headers.get("sec-fetch-dest");
  const chosen = !request.headers.has("next-action") && (dest === null || dest === "document");
  if (chosen && request.cookies.get("lang")?.value !== first) {
    response.cookies.set("lang", first, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

function acceptLang(request: NextRequest): "ar" | "en" {
  const preferred = request.cookies.get("lang")?.value;
  if (isLang(preferred)) return preferred;
  return (request.headers.get("accept-language") ?? "").trim().toLowerCase().startsWith("en") ? "en" : DEFAULT_LANG;
}

export const config = {
  // Everything except Next's assets and API routes. API routes are left out on purpose: Next reads the whole body
  // of every request the proxy matches before the route runs (defeating the routes' streaming body limits); their
  // input boundary is in the server hook (lib/http/peer-address.ts), their headers in next.config.ts.
  matcher: ["/((?!api/|api$|_next/static|_next/image).*)"],
};
