import { code, date, defineInquiryKind, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseReference } from "@/lib/domain/inquiry/parse";
import { effectiveCertStatus, maskWorkerId } from "@/lib/domain/health-certs/status";

/**
 * A worker's health certificate by its number ("H…"). A stranger sees what the printed certificate shows
 * (the worker's name, the last four digits of their ID, occupation, establishment, validity); the
 * establishment's owner also sees the worker's full ID and the examination's notes.
 */
export const healthCertKind = defineInquiryKind<string>({
  id: "healthcert",
  parse({ number }) {
    const r = parseReference(number, ["H"]);
    return r.ok ? { ok: true, key: r.number } : { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.healthCertFormat") };
  },
  async find(db, number, now): Promise<InquiryAnswer | null> {
    const c = await db.healthCertificate.findUnique({
      where: { number },
      select: { number: true, status: true, workerName: true, workerNationalId: true, occupation: true, issuedAt: true, expiresAt: true, examNotes: true, establishment: { select: { tradeNameAr: true, ownerNationalId: true, ownerMobile: true, municipality: { select: { nameAr: true, nameEn: true } } } }, center: { select: { nameAr: true, nameEn: true } } },
    });
    if (!c) return null;
    const status = effectiveCertStatus(c.status, c.expiresAt, now);
    return {
      number: c.number,
      typeKey: "inquiry:types.healthCert",
      status: { value: status, key: `healthCerts:status.${status}` },
      facts: [
        { label: "inquiry:fields.worker", value: text(c.workerName) },
        { label: "inquiry:fields.workerId", value: code(maskWorkerId(c.workerNationalId)) },
        { label: "inquiry:fields.occupation", value: text(c.occupation) },
        { label: "inquiry:fields.tradeName", value: text(c.establishment.tradeNameAr) },
        { label: "inquiry:fields.municipality", value: pair(c.establishment.municipality) },
        { label: "inquiry:fields.issuedAt", value: date(c.issuedAt) },
        { label: "inquiry:fields.expiresAt", value: date(c.expiresAt) },
      ],
      owner: { nationalIds: [c.establishment.ownerNationalId, c.workerNationalId], userIds: [], mobile: c.establishment.ownerMobile },
      ownerFacts: [
        { label: "inquiry:fields.workerIdFull", value: code(c.workerNationalId) },
        { label: "inquiry:fields.center", value: c.center ? pair(c.center) : text(null) },
        { label: "inquiry:fields.examNotes", value: text(c.examNotes) },
      ],
    };
  },
});
