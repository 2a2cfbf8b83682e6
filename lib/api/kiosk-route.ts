import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { withParams } from "@/lib/action-result";
import { isDatabaseUnavailable } from "@/lib/db-availability";
import { authenticateDevice, type KioskDeviceContext } from "@/lib/domain/kiosks/device-auth";
import { DEVICE_COOKIE, SESSION_COOKIE, deviceKeyFromHeader } from "@/lib/domain/kiosks/device-key";
import { requireKioskPerson, type KioskPerson } from "@/lib/domain/kiosks/session";
import { isAppError } from "@/lib/errors";
import { readBodyLimited, isPayloadTooLarge } from "@/lib/http/read-body";
import { controlCharField } from "@/lib/validation";

/**
 * The frame of every kiosk route (app/api/kiosk/*): the DEVICE first (its key, from the agent's Authorization header
 * or the screen's httpOnly cookie; disabled or unknown → refused at once), then — for a person's service — the kiosk
 * session bound to that device. Answers JSON: `{ ok: true, data }` or `{ ok: false, error: "<message key>",
 * fieldErrors? }` with the AppError's status. Never the web session: a person signed in on the web is nobody here.
 */
export type KioskJson = { ok: true; data: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string> };

const NO_STORE = { "Cache-Control": "no-store" };
const MAX_BODY = 16 * 1024;

export const SESSION_COOKIE_OPTIONS = { httpOnly: true, sameSite: "strict" as const, path: "/", secure: false };

export async function deviceFrom(request: Request): Promise<KioskDeviceContext> {
  const header = deviceKeyFromHeader(request.headers.get("authorization"));
  const jar = await cookies();
  return authenticateDevice(header ?? jar.get(DEVICE_COOKIE)?.value ?? null);
}

export async function personFrom(device: KioskDeviceContext): Promise<KioskPerson> {
  const jar = await cookies();
  return requireKioskPerson(device, jar.get(SESSION_COOKIE)?.value ?? null);
}

export async function sessionToken(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

export async function jsonBody(request: Request): Promise<unknown> {
  if (request.method === "GET") return {};
  const text = await readBodyLimited(request, MAX_BODY);
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  const bad = controlCharField(parsed);
  if (bad !== null) throw Object.assign(new Error("control characters"), { kioskValidation: bad || "input" });
  return parsed;
}

export function kioskOk(data: unknown, init?: { headers?: Record<string, string> }): NextResponse {
  return NextResponse.json({ ok: true, data } satisfies KioskJson, { status: 200, headers: { ...NO_STORE, ...init?.headers } });
}

export function kioskError(e: unknown): NextResponse {
  if (isAppError(e)) {
    const res = NextResponse.json({ ok: false, error: withParams(e.messageKey, e.params), fieldErrors: e.fieldErrors } satisfies KioskJson, { status: e.status, headers: NO_STORE });
    // A session that ended (idle, finished, another device) loses its cookie at once.
    if (e.code === "UNAUTHENTICATED" || e.code === "FORBIDDEN") res.cookies.set(SESSION_COOKIE, "", { ...SESSION_COOKIE_OPTIONS, maxAge: 0 });
    return res;
  }
  if (e instanceof SyntaxError || (e instanceof Error && "kioskValidation" in e)) {
    return NextResponse.json({ ok: false, error: "errors:VALIDATION" } satisfies KioskJson, { status: 400, headers: NO_STORE });
  }
  if (isPayloadTooLarge(e)) return NextResponse.json({ ok: false, error: "errors:PAYLOAD_TOO_LARGE" } satisfies KioskJson, { status: 413, headers: NO_STORE });
  if (isDatabaseUnavailable(e)) return NextResponse.json({ ok: false, error: "errors:UNAVAILABLE" } satisfies KioskJson, { status: 503, headers: NO_STORE });
  console.error("[kiosk] unexpected error", e);
  return NextResponse.json({ ok: false, error: "errors:INTERNAL" } satisfies KioskJson, { status: 500, headers: NO_STORE });
}

/** Runs one kiosk route: errors become the JSON refusal. */
export async function kioskRoute(fn: () => Promise<NextResponse>): Promise<NextResponse> {
  try {
    return await fn();
  } catch (e) {
    return kioskError(e);
  }
}
