/** The permit search's query parameters in the OpenAPI document (GET: the zod schema validates them as query parameters). */
import { MAX_PAGE_SIZE, MAX_RANGE_DAYS, PURPOSE_MAX, PURPOSE_MIN } from "./search-criteria";
import { SEARCHES_PER_MINUTE_DOC } from "./limits";

const q = (name: string, description: string, schema: Record<string, unknown>, required = false) => ({ name, in: "query", required, description, schema });

export const PERMIT_SEARCH_PARAMETERS = [
  q("purpose", `Why the company searches (${PURPOSE_MIN}–${PURPOSE_MAX} characters), kept in the access log.`, { type: "string", minLength: PURPOSE_MIN, maxLength: PURPOSE_MAX }, true),
  q("issuedFrom", "First day of the issue-date range (Riyadh calendar day, YYYY-MM-DD). With issuedTo; building permits only.", { type: "string", format: "date" }),
  q("issuedTo", `Last day of the range (inclusive); the range is at most ${MAX_RANGE_DAYS} days.`, { type: "string", format: "date" }),
  q("districtId", "District id (GET /permits/districts); required with planNo.", { type: "string" }),
  q("planNo", "Plan (مخطط) number within the district; required with districtId.", { type: "string", maxLength: 20 }),
  q("nationalId", "The owner's national ID (السجل المدني), 10 digits with its check digit.", { type: "string", pattern: "^[12]\\d{9}$" }),
  q("number", "The permit number.", { type: "string" }),
  q("page", "Page number, from 1.", { type: "integer", minimum: 1, default: 1 }),
  q("pageSize", `Rows per page, at most ${MAX_PAGE_SIZE}.`, { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }),
];

export function permitSearchDescription(): string {
  return (
    "Scope `permits:read`. Issued permits matching every criterion given; at least one criterion is required (422 otherwise): " +
    `an issue-date range of at most ${MAX_RANGE_DAYS} days (building permits), a plan number within a district, the owner's national ID, or the permit number. ` +
    "Returns only what an electricity connection needs (number, kind, status, plan, parcel, district, owner's name, insulation and completion certificates, connection clearance) — never the owner's mobile, national ID or documents. " +
    `Every search is written to the permit access log (organization, time, purpose, criteria, permits returned), which the owner sees; at most ${SEARCHES_PER_MINUTE_DOC} searches a minute per organization (429).`
  );
}
