import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { DEFAULT_LANG, isLang } from "@/lib/i18n/settings";

/**
 * The quick check only: every path gets a language prefix, and protected areas need a session.
 * Whether the signed-in user may see a page is decided on the server by the page itself
 * (requirePageActor), never here.
 */
const PROTECTED = ["my", "office", "staff", "medical"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const [, first, second] = pathname.split("/");

  if (!isLang(first)) {
    const preferred = request.cookies.get("lang")?.value;
    const lang = isLang(preferred) ? preferred : DEFAULT_LANG;
    return NextResponse.redirect(new URL(`/${lang}${pathname === "/" ? "" : pathname}${search}`, request.url));
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
  const response = NextResponse.next({ request: { headers } });
  if (request.cookies.get("lang")?.value !== first) {
    response.cookies.set("lang", first, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

export const config = {
  // Everything except API routes, Next's assets and files with an extension.
  matcher: ["/((?!api|_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
