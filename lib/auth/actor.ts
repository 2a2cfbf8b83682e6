import type { Role } from "@/lib/auth/roles";
import type { Lang } from "@/lib/i18n/settings";

/**
 * Who is acting, as loaded from the database for this request (never from the browser).
 * Scope lives here: queries put it in their `where`.
 */
export type Actor = {
  userId: string;
  /** For the audit log: "username" or "national ID". */
  label: string;
  /**
   * The account's national ID as read with the actor (citizens; staff accounts have none). Absent on an actor built
   * without the database (unit tests): `actorNationalIdOrNull` then reads it.
   */
  nationalId?: string | null;
  nameAr: string;
  nameEn: string;
  mobile: string;
  locale: Lang;
  roles: Role[];
  /** Staff: the Amanahs they belong to. */
  amanahIds: string[];
  /** Staff: municipalities they may see; `null` means every municipality of their Amanahs. */
  municipalityIds: string[] | null;
  /** Office members: their office (one office per person). */
  officeId: string | null;
  /** Medical examiners: their accredited medical center. */
  medicalCenterId: string | null;
  /**
   * Members of an office that is not ACTIVE: which office, why, until when, and the office roles they
   * would have. They hold NONE of those roles (see lib/auth/office-block.ts); this only explains the
   * refusal and opens the few doors a suspended office keeps (compliance page, appeal).
   */
  officeBlock?: OfficeBlock | null;
  /**
   * A step the account must take before anything else (docs/decisions/009): change a temporary password, or
   * enroll two-factor (roles in lib/auth/totp.ts). Such an actor is only ever given to the account-security page.
   */
  pendingStep?: PendingStep | null;
  /** The channel the person acts through: a self-service kiosk (issue 14) sets "KIOSK"; absent means the web. */
  channel?: "WEB" | "KIOSK";
};

export type PendingStep = "CHANGE_PASSWORD" | "ENROLL_TOTP";

export type OfficeBlock = { officeId: string; status: "PENDING" | "SUSPENDED" | "REVOKED"; until: Date | null; roles: Role[] };

/** The system itself (jobs, bank notifications, agency API) when it writes the audit log. */
export type SystemActor = { system: string };
export type AnyActor = Actor | SystemActor;

export function isSystemActor(a: AnyActor): a is SystemActor {
  return "system" in a;
}
