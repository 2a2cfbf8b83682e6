import "server-only";
import type { AuthenticatedAgency } from "@/lib/api/agency-auth";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { transaction } from "@/lib/kernel/transaction";
import type { PermitSearch } from "./search-criteria";
import { consumeSearchQuota, searchPermits, type UtilitySearchResult } from "./search";

/**
 * The agency API's permit search: the same search as the company's pages, by the agency client. The
 * organization in the access log is the utility company linked to the client (UtilityCompany.agencyClientId),
 * else the client itself. Rate limited per organization on top of the API's per-key limit.
 */
export async function agencySearchPermits(agency: AuthenticatedAgency, criteria: PermitSearch): Promise<UtilitySearchResult> {
  const company = await db.utilityCompany.findFirst({ where: { agencyClientId: agency.id, active: true }, select: { code: true, nameAr: true, nameEn: true } });
  const org = company ?? { code: agency.code, nameAr: agency.nameAr, nameEn: agency.nameEn };
  await consumeSearchQuota(`api:${org.code}`);
  return transaction(async (tx) => {
    const result = await searchPermits(tx, { channel: "API", actorId: null, actorLabel: `agency:${agency.code}`, ...org }, criteria);
    await recordAudit(tx, agency.actor, { action: "permits.api.search", entityType: "PermitAccessLog", entityId: org.code, after: { purpose: criteria.purpose, total: result.total, returned: result.permits.map((p) => p.number) } });
    return result;
  });
}

export async function agencyDistricts() {
  const rows = await db.district.findMany({ orderBy: [{ municipality: { code: "asc" } }, { nameEn: "asc" }], select: { id: true, nameAr: true, nameEn: true, municipality: { select: { nameAr: true, nameEn: true } } } });
  return { districts: rows };
}
