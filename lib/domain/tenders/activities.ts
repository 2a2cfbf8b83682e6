/**
 * The activities tenders and auctions are classified by (as on the national procurement platform, in
 * short): a business follows the ones it works in and gets an SMS when a tender or auction of one opens.
 * Data, not a table: adding one is a line here and its two names in locales/{ar,en}/tenders.json.
 */
export const TENDER_ACTIVITIES = [
  "CONSTRUCTION",
  "MAINTENANCE",
  "CLEANING",
  "ROADS",
  "LIGHTING",
  "LANDSCAPING",
  "IT",
  "CONSULTING",
  "SUPPLY",
  "INVEST_COMMERCIAL",
  "INVEST_TOURISM",
  "INVEST_ADVERTISING",
] as const;
export type TenderActivity = (typeof TENDER_ACTIVITIES)[number];

export function isTenderActivity(s: string): s is TenderActivity {
  return (TENDER_ACTIVITIES as readonly string[]).includes(s);
}
