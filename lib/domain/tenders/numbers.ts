import type { Tx } from "@/lib/db";
import { checkDigitNumber, compactNumber, isValidCheckDigitNumber } from "@/lib/kernel/check-digits";

/** Tender "T1000014" and auction "M1000014" numbers: a sequence + a Damm check digit. */
export const TENDER_PREFIX = "T";
export const AUCTION_PREFIX = "M";

async function next(tx: Tx, sequence: "tender_number_seq" | "auction_number_seq"): Promise<bigint> {
  const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('${sequence}') AS n`);
  return n;
}

export const nextTenderNumber = async (tx: Tx) => checkDigitNumber(TENDER_PREFIX, await next(tx, "tender_number_seq"));
export const nextAuctionNumber = async (tx: Tx) => checkDigitNumber(AUCTION_PREFIX, await next(tx, "auction_number_seq"));

/** A typed tender/auction number, normalised ("t 100 0014", Arabic-Indic digits) or null when malformed. */
export function parsePrefixedNumber(prefix: string, raw: string): string | null {
  const c = compactNumber(raw).toUpperCase();
  return /^[A-Z]+\d{7,}$/.test(c) && isValidCheckDigitNumber(prefix, c) && /^\d+$/.test(c.slice(prefix.length)) ? c : null;
}
