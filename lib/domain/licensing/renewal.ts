/** Renewal opens this many days before expiry (and stays open after it, with the late fee). Pure. */
export const RENEWAL_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

export function renewalOpensAt(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS * DAY_MS);
}

export function renewalOpen(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= renewalOpensAt(expiresAt).getTime();
}
