import "server-only";
import type { AuthenticatedAgency } from "@/lib/api/agency-auth";
import { db, type DbOrTx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import type { CancelLicenseRequest, LicensePublic } from "@/lib/domain/licensing/api-schemas";
import { REVOCABLE_LICENSE_SELECT, revokeLicense } from "@/lib/domain/licensing/revoke";
import { AppError } from "@/lib/errors";

/**
 * What the agency API v1 does, once the route (lib/api/agency-route.ts) has authenticated the client,
 * checked its scope and validated the request with the zod schemas of api-schemas.ts.
 * Each call writes its own audit row ("api.licenses.read" / "api.licenses.cancel") as the agency
 * ("system:agency:<CODE>"), in the same transaction as the change it made.
 */

const PUBLIC_SELECT = {
  ...REVOCABLE_LICENSE_SELECT,
  kind: true,
  tradeNameAr: true,
  holderName: true,
  issuedAt: true,
  validFrom: true,
  expiresAt: true,
  cancelledAt: true,
  cancelledBy: true,
  establishment: { select: { commercialRegNo: true } },
  activity: { select: { nameAr: true, nameEn: true } },
  municipality: { select: { nameAr: true, nameEn: true } },
  office: { select: { nameAr: true, nameEn: true } },
} as const;

async function findPublic(client: DbOrTx, number: string) {
  return client.license.findUnique({ where: { number }, select: PUBLIC_SELECT });
}
type PublicRow = NonNullable<Awaited<ReturnType<typeof findPublic>>>;

function toPublic(row: PublicRow): LicensePublic {
  return {
    number: row.number,
    kind: row.kind,
    status: row.status,
    tradeNameAr: row.tradeNameAr,
    commercialRegNo: row.establishment.commercialRegNo,
    holderName: row.holderName,
    activity: { ar: row.activity.nameAr, en: row.activity.nameEn },
    municipality: { ar: row.municipality.nameAr, en: row.municipality.nameEn },
    office: row.office ? { ar: row.office.nameAr, en: row.office.nameEn } : null,
    issuedAt: row.issuedAt.toISOString(),
    validFrom: row.validFrom.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelledBy: row.cancelledBy,
  };
}

/** GET /api/v1/licenses/{number} (scope licenses:read). */
export async function agencyReadLicense(agency: AuthenticatedAgency, number: string, ip: string | null): Promise<LicensePublic> {
  return db.$transaction(async (tx) => {
    const row = await findPublic(tx, number);
    if (!row) throw new AppError("NOT_FOUND", { message: "healthCerts:api.licenseNotFound" });
    await recordAudit(tx, agency.actor, {
      action: "api.licenses.read",
      entityType: "License",
      entityId: row.id,
      municipalityId: row.municipalityId,
      after: { number: row.number, status: row.status },
      ip,
    });
    return toPublic(row);
  });
}

/**
 * POST /api/v1/licenses/{number}/cancel (scope licenses:cancel): the license is cancelled at once,
 * with its health certificates, and the holder is texted (revokeLicense).
 */
export async function agencyCancelLicense(
  agency: AuthenticatedAgency,
  number: string,
  input: CancelLicenseRequest,
  ip: string | null,
): Promise<{ license: LicensePublic; revokedHealthCertificates: string[] }> {
  return db.$transaction(async (tx) => {
    const license = await tx.license.findUnique({ where: { number }, select: REVOCABLE_LICENSE_SELECT });
    if (!license) throw new AppError("NOT_FOUND", { message: "healthCerts:api.licenseNotFound" });
    const result = await revokeLicense(tx, agency.actor, license, { reason: input.reason, by: `agency:${agency.code}` });
    await recordAudit(tx, agency.actor, {
      action: "api.licenses.cancel",
      entityType: "License",
      entityId: license.id,
      municipalityId: license.municipalityId,
      before: { status: license.status },
      after: { status: "CANCELLED", reasonCode: input.reasonCode, reason: input.reason, revokedHealthCertificates: result.revokedHealthCertificates },
      ip,
    });
    const row = await findPublic(tx, number);
    if (!row) throw new AppError("INTERNAL");
    return { license: toPublic(row), revokedHealthCertificates: result.revokedHealthCertificates };
  });
}
