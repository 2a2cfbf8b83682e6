/**
 * Pure rules of the kiosk channel (issue 14, docs/decisions/021-kiosk-channel.md). No clock inside: callers pass `now`.
 */

/** The screen warns after this many seconds without a touch… */
export const IDLE_WARNING_SECONDS = 60;
/** …and wipes everything this many seconds after the warning appeared. */
export const IDLE_GRACE_SECONDS = 30;
/** The server ends a kiosk session this long after its last request, whatever the screen did. */
export const SESSION_IDLE_LIMIT_SECONDS = 3 * 60;
/** No kiosk session lasts longer than this, touched or not. */
export const SESSION_MAX_MINUTES = 20;
/** A kiosk whose last heartbeat is older than this is shown offline. */
export const ONLINE_WITHIN_SECONDS = 3 * 60;
/** Heartbeats accepted per device per minute (a kiosk sends one every 30 s). */
export const HEARTBEATS_PER_MINUTE = 6;
/** Identification attempts (code requests) per device per hour. */
export const IDENTIFICATIONS_PER_DEVICE_HOUR = 60;

export const LOCATION_KINDS = ["GOVERNMENT_OFFICE", "MALL", "HOTEL"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
export const KIOSK_SERVICES = ["IDENTIFY", "LICENSE_RENEW", "LICENSE_ISSUE", "INQUIRY", "PAYMENT", "COMPLAINT", "PRINT", "SMS_RECEIPT"] as const;
export type KioskServiceName = (typeof KIOSK_SERVICES)[number];

/** Is a session still usable at `now`? Ended, past its hard limit, or idle on the server side: no. */
export function sessionAlive(s: { endedAt: Date | null; expiresAt: Date; lastActiveAt: Date }, now: Date): boolean {
  if (s.endedAt) return false;
  if (s.expiresAt.getTime() <= now.getTime()) return false;
  return now.getTime() - s.lastActiveAt.getTime() < SESSION_IDLE_LIMIT_SECONDS * 1000;
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_MAX_MINUTES * 60_000);
}

/** What the fleet page shows for a kiosk. */
export type KioskHealth = "DISABLED" | "OFFLINE" | "ONLINE" | "NEEDS_PAPER" | "PRINTER_FAULT";

export function kioskHealth(
  k: { status: "ACTIVE" | "DISABLED"; lastSeenAt: Date | null; paperState: "OK" | "LOW" | "OUT" | null; printerState: "OK" | "ERROR" | "OFFLINE" | null },
  now: Date,
): KioskHealth {
  if (k.status === "DISABLED") return "DISABLED";
  if (!k.lastSeenAt || now.getTime() - k.lastSeenAt.getTime() > ONLINE_WITHIN_SECONDS * 1000) return "OFFLINE";
  if (k.printerState && k.printerState !== "OK") return "PRINTER_FAULT";
  if (k.paperState === "OUT") return "NEEDS_PAPER";
  return "ONLINE";
}

/** Can the kiosk print now? (Otherwise the receipt goes by SMS.) */
export function canPrint(k: { paperState: "OK" | "LOW" | "OUT" | null; printerState: "OK" | "ERROR" | "OFFLINE" | null }): boolean {
  return k.paperState !== "OUT" && (k.printerState === null || k.printerState === "OK");
}

/** The bank transaction id of a kiosk payment attempt: fixed by the attempt, so a retry is the same transaction. */
export function kioskBankTxnId(reference: string): string {
  return `KIOSK-${reference}`;
}

/** "05xxxxxxxx" shown as "•••• ••67": enough for the person to recognise their phone, nothing for a passer-by. */
export function maskMobile(mobile: string): string {
  const digits = mobile.replace(/\D/g, "");
  return `•••• ••${digits.slice(-2)}`;
}
