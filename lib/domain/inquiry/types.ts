import type { DbOrTx } from "@/lib/db";

/**
 * One kind of public inquiry (الاستعلام): how its number is typed and parsed, and what it answers. Each kind is
 * ONE file in lib/domain/inquiry/kinds/ listed in registry.ts (README, "One inquiry page", says how to add one).
 *
 * - `parse` is pure: the typed number (and the owner's national ID when the kind asks for it) → a key, or field
 *   errors as message keys. A malformed number never reaches the database.
 * - `find` answers for a key: the status and what a stranger may see (what a printed certificate already shows),
 *   the owner (who may see more: signed in as them, or with an SMS code sent to their mobile), and the owner's details.
 */
export type FactValue =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "pair"; ar: string; en: string }
  | { kind: "date"; date: Date }
  | { kind: "money"; halalas: number }
  | { kind: "key"; key: string };

/** A labelled value; `label` is a dictionary key. */
export type InquiryFact = { label: string; value: FactValue };

export type InquiryOwner = {
  /** National IDs that make a signed-in person the owner (an establishment's owner, an applicant…). */
  nationalIds: string[];
  /** Accounts that are the owner (a complaint's reporter). */
  userIds: string[];
  /** Where the SMS code goes; null: no code can be sent (only signing in shows the details). */
  mobile: string | null;
};

export type InquiryAnswer = {
  /** The record's readable number as stored. */
  number: string;
  /** What it is (dictionary key), e.g. "inquiry:types.application". */
  typeKey: string;
  status: { value: string; key: string };
  /** A page of the portal with more (a tender's page), without the language prefix. */
  link?: string;
  facts: InquiryFact[];
  /** Null: everything about it is public (tenders, auctions). */
  owner: InquiryOwner | null;
  ownerFacts: InquiryFact[];
};

export type InquiryValues = { number: string; nationalId: string };
export type ParseResult<K> = { ok: true; key: K } | { ok: false; fieldErrors: Record<string, string> };

export type InquiryKind<K = unknown> = {
  /** Stable id (URL, form value, OTP purpose): lowercase letters. */
  id: string;
  /** Asks for the owner's national ID with the number (a violation: both must match). */
  needsNationalId?: boolean;
  parse(values: InquiryValues): ParseResult<K>;
  find(db: DbOrTx, key: K, now: Date): Promise<InquiryAnswer | null>;
};

/** Declares a kind with its key type checked, then erases it for the registry. */
export function defineInquiryKind<K>(kind: InquiryKind<K>): InquiryKind<unknown> {
  return kind as InquiryKind<unknown>;
}

export const text = (t: string | null | undefined): FactValue => ({ kind: "text", text: t && t.trim() ? t : "—" });
export const code = (t: string): FactValue => ({ kind: "code", text: t });
export const pair = (x: { nameAr: string; nameEn: string }): FactValue => ({ kind: "pair", ar: x.nameAr, en: x.nameEn });
export const date = (d: Date | null | undefined): FactValue => (d ? { kind: "date", date: d } : { kind: "text", text: "—" });
export const money = (halalas: number): FactValue => ({ kind: "money", halalas });
export const key = (k: string): FactValue => ({ kind: "key", key: k });
