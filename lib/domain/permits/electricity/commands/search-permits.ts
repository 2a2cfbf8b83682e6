import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { AppError } from "@/lib/errors";
import { ZPermitSearch } from "../search-criteria";
import { companyOfUser, consumeSearchQuota, searchPermits } from "../search";

/**
 * An electricity company employee searches permits on the company's pages (a command, not a page query:
 * every search writes its PermitAccessLog row). Invalid criteria (none, a range over a year, an oversized
 * page) are refused by the schema before anything is written or counted against the rate limit.
 */
export const searchPermitsForUtility = defineCommand({
  name: "permits.utility.search",
  permission: "permits.utility.search",
  schema: ZPermitSearch,
  async run(tx, actor, input) {
    const company = await companyOfUser(tx, actor.userId);
    if (!company) throw new AppError("FORBIDDEN");
    await consumeSearchQuota(`web:${actor.userId}`);
    const result = await searchPermits(tx, { channel: "WEB", actorId: actor.userId, actorLabel: actor.label, code: company.code, nameAr: company.nameAr, nameEn: company.nameEn }, input);
    await recordAudit(tx, actor, { action: "permits.utility.search", entityType: "PermitAccessLog", entityId: company.code, after: { purpose: input.purpose, total: result.total, returned: result.permits.map((p) => p.number) } });
    return result;
  },
});
