import { code, date, defineInquiryKind, key, money, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseReference } from "@/lib/domain/inquiry/parse";

/**
 * Any transaction by its reference: a license application ("A…"), a complaint ("C…"), or the objection on a
 * violation (by the violation's number "V…"). A stranger sees the status and dates; the owner (the applicant,
 * the reporter, the establishment's owner) also sees the details.
 */
type Key = { type: "application" | "complaint" | "objection"; number: string };
const PREFIX_TYPE = { A: "application", C: "complaint", V: "objection" } as const;

export const transactionKind = defineInquiryKind<Key>({
  id: "transaction",
  parse({ number }) {
    const r = parseReference(number, Object.keys(PREFIX_TYPE));
    if (!r.ok) return { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.transactionFormat") };
    return { ok: true, key: { type: PREFIX_TYPE[r.prefix as keyof typeof PREFIX_TYPE], number: r.number } };
  },
  async find(db, k): Promise<InquiryAnswer | null> {
    if (k.type === "application") {
      const a = await db.licenseApplication.findFirst({
        where: { number: k.number, status: { not: "DRAFT" } },
        select: { number: true, status: true, kind: true, submittedAt: true, stateEnteredAt: true, decidedAt: true, tradeNameAr: true, feeHalalas: true, lastNote: true, rejectionReason: true, applicantNationalId: true, applicantId: true, applicant: { select: { mobile: true } }, office: { select: { nameAr: true, nameEn: true } }, activity: { select: { nameAr: true, nameEn: true } } },
      });
      if (!a) return null;
      return {
        number: a.number,
        typeKey: "inquiry:types.application",
        status: { value: a.status, key: `licensing:status.${a.status}` },
        facts: [
          { label: "inquiry:fields.submittedAt", value: date(a.submittedAt) },
          { label: "inquiry:fields.statusSince", value: date(a.stateEnteredAt) },
          { label: "inquiry:fields.decidedAt", value: date(a.decidedAt) },
        ],
        owner: { nationalIds: [a.applicantNationalId], userIds: [a.applicantId], mobile: a.applicant.mobile },
        ownerFacts: [
          { label: "inquiry:fields.tradeName", value: text(a.tradeNameAr) },
          { label: "inquiry:fields.activity", value: a.activity ? pair(a.activity) : text(null) },
          { label: "inquiry:fields.office", value: a.office ? pair(a.office) : text(null) },
          ...(a.feeHalalas ? [{ label: "inquiry:fields.fee", value: money(a.feeHalalas) }] : []),
          ...(a.lastNote ? [{ label: "inquiry:fields.lastNote", value: text(a.lastNote) }] : []),
          ...(a.rejectionReason ? [{ label: "inquiry:fields.rejectionReason", value: text(a.rejectionReason) }] : []),
        ],
      };
    }
    if (k.type === "complaint") {
      const c = await db.complaint.findUnique({
        where: { reference: k.number },
        select: { reference: true, status: true, createdAt: true, slaDueAt: true, resolvedAt: true, description: true, addressText: true, reporterUserId: true, reporterMobile: true, category: { select: { nameAr: true, nameEn: true } }, department: { select: { nameAr: true, nameEn: true } } },
      });
      if (!c) return null;
      return {
        number: c.reference,
        typeKey: "inquiry:types.complaint",
        status: { value: c.status, key: `complaints:status.${c.status}` },
        facts: [
          { label: "inquiry:fields.category", value: pair(c.category) },
          { label: "inquiry:fields.department", value: pair(c.department) },
          { label: "inquiry:fields.submittedAt", value: date(c.createdAt) },
          { label: "inquiry:fields.dueAt", value: date(c.slaDueAt) },
          { label: "inquiry:fields.resolvedAt", value: date(c.resolvedAt) },
        ],
        owner: { nationalIds: [], userIds: c.reporterUserId ? [c.reporterUserId] : [], mobile: c.reporterMobile },
        ownerFacts: [
          { label: "inquiry:fields.description", value: text(c.description) },
          { label: "inquiry:fields.address", value: text(c.addressText) },
        ],
      };
    }
    const v = await db.violation.findUnique({
      where: { number: k.number },
      select: { number: true, fineHalalas: true, establishment: { select: { ownerNationalId: true, ownerMobile: true, tradeNameAr: true } }, objection: { select: { status: true, filedAt: true, slaDueAt: true, decidedAt: true, reason: true, decisionNote: true, reducedToHalalas: true } } },
    });
    if (!v?.objection) return null;
    const o = v.objection;
    return {
      number: v.number,
      typeKey: "inquiry:types.objection",
      status: { value: o.status, key: `violations:objectionStatus.${o.status}` },
      facts: [
        { label: "inquiry:fields.violationNumber", value: code(v.number) },
        { label: "inquiry:fields.submittedAt", value: date(o.filedAt) },
        { label: "inquiry:fields.dueAt", value: date(o.slaDueAt) },
        { label: "inquiry:fields.decidedAt", value: date(o.decidedAt) },
      ],
      owner: { nationalIds: [v.establishment.ownerNationalId], userIds: [], mobile: v.establishment.ownerMobile },
      ownerFacts: [
        { label: "inquiry:fields.tradeName", value: text(v.establishment.tradeNameAr) },
        { label: "inquiry:fields.fine", value: money(v.fineHalalas) },
        { label: "inquiry:fields.reason", value: text(o.reason) },
        { label: "inquiry:fields.decisionNote", value: text(o.decisionNote) },
        ...(o.reducedToHalalas !== null ? [{ label: "inquiry:fields.reducedTo", value: money(o.reducedToHalalas) }] : []),
        { label: "inquiry:fields.objectionStatus", value: key(`violations:objectionStatus.${o.status}`) },
      ],
    };
  },
});
