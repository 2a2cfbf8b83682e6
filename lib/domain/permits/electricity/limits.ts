/** Permit searches per minute per person (web) or organization (API); lib/domain/permits/electricity/search.ts applies it. */
export const SEARCHES_PER_MINUTE_DOC = 30;
