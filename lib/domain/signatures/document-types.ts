import type { DbOrTx, Tx } from "@/lib/db";
import { completionCertificateSigned, permitSigned } from "@/lib/domain/permits/signatures/on-signed";

/**
 * The documents that bind the municipality and are signed along a chain (issue 15). One entry per document
 * type: adding permit or completion certificates later is one more entry here plus a call to
 * `requestSignatures` where that document is decided. An entry says how to read the document's data — what is
 * signed, in short keys because it travels in a QR — which municipality's chain applies, and whether the
 * document was cancelled later (the online verification page says so).
 */
export type DocumentData = {
  municipalityId: string;
  /** The signed data (without `t` and `ch`, which requestSignatures adds). */
  data: Record<string, string | number>;
  cancelled: boolean;
  /** Shown in the signer's queue: the document's number and what it is about. */
  number: string;
  subject: string;
  /** The online verification page of this document, when it has one (path without the language). */
  verifyPath: string | null;
};

export type DocumentTypeSpec = {
  /** Message key of the type's name (signatures:types.<key>). */
  titleKey: string;
  load(tx: DbOrTx, subjectId: string): Promise<DocumentData | null>;
  /**
   * What the chain's last signature does to the document, in the signer's transaction (`at`: the time in the
   * last signed header). Optional: a license certificate needs nothing more; a building permit is issued then.
   */
  onComplete?(tx: Tx, subjectId: string, at: Date): Promise<void>;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export const DOCUMENT_TYPES = {
  /** The license certificate (lib/domain/licensing): requested when the license is issued (on payment). */
  LICENSE_CERTIFICATE: {
    titleKey: "signatures:types.LICENSE_CERTIFICATE",
    async load(tx, id) {
      const l = await tx.license.findUnique({
        where: { id },
        select: {
          number: true, verifyCode: true, kind: true, status: true, tradeNameAr: true, holderName: true, municipalityId: true, issuedAt: true, expiresAt: true,
          establishment: { select: { commercialRegNo: true } }, activity: { select: { isicCode: true } }, municipality: { select: { code: true } },
        },
      });
      if (!l) return null;
      return {
        municipalityId: l.municipalityId,
        data: { n: l.number, c: l.verifyCode, k: l.kind, tr: l.tradeNameAr, h: l.holderName, cr: l.establishment.commercialRegNo, a: l.activity.isicCode, m: l.municipality.code, i: day(l.issuedAt), e: day(l.expiresAt) },
        cancelled: l.status === "CANCELLED",
        number: l.number,
        subject: l.tradeNameAr,
        verifyPath: `/verify/license/${encodeURIComponent(l.verifyCode)}`,
      };
    },
  },
  /** A penalty decision on a licensing office (lib/domain/offices); the chain of the office's first covered municipality. */
  OFFICE_PENALTY_DECISION: {
    titleKey: "signatures:types.OFFICE_PENALTY_DECISION",
    async load(tx, id) {
      const p = await tx.officePenalty.findUnique({
        where: { id },
        select: {
          number: true, kind: true, status: true, fineHalalas: true, suspensionDays: true, decidedAt: true,
          office: { select: { code: true, nameAr: true, coverage: { select: { municipality: { select: { id: true, code: true } } }, orderBy: { municipality: { code: "asc" } }, take: 1 } } },
        },
      });
      const municipality = p?.office.coverage[0]?.municipality;
      if (!p || !municipality) return null;
      return {
        municipalityId: municipality.id,
        data: { n: p.number, o: p.office.code, k: p.kind, f: p.fineHalalas ?? 0, sd: p.suspensionDays ?? 0, d: p.decidedAt ? day(p.decidedAt) : "", m: municipality.code },
        cancelled: p.status === "LIFTED",
        number: p.number,
        subject: p.office.nameAr,
        verifyPath: null,
      };
    },
  },
  /** A decision on an objection to a violation (lib/domain/violations). */
  OBJECTION_DECISION: {
    titleKey: "signatures:types.OBJECTION_DECISION",
    async load(tx, id) {
      const o = await tx.objection.findUnique({
        where: { id },
        select: { status: true, decidedAt: true, reducedToHalalas: true, violation: { select: { number: true, municipalityId: true, fineHalalas: true, establishment: { select: { tradeNameAr: true } } } } },
      });
      if (!o) return null;
      const m = await tx.municipality.findUniqueOrThrow({ where: { id: o.violation.municipalityId }, select: { code: true } });
      return {
        municipalityId: o.violation.municipalityId,
        data: { n: o.violation.number, s: o.status, f: o.reducedToHalalas ?? o.violation.fineHalalas, d: o.decidedAt ? day(o.decidedAt) : "", m: m.code },
        cancelled: false,
        number: o.violation.number,
        subject: o.violation.establishment.tradeNameAr,
        verifyPath: null,
      };
    },
  },
  /**
   * The building permit (lib/domain/permits; every kind: new building, demolition, restoration): requested by the
   * signatory's issue decision; the permit is ISSUED by the chain's last signature (docs/decisions/025-permit-signatures.md),
   * so the signed data names the validity in months (`v`), not the issue date: that is the last signature's
   * time, itself signed.
   */
  BUILDING_PERMIT: {
    titleKey: "signatures:types.BUILDING_PERMIT",
    async load(tx, id) {
      const p = await tx.permit.findUnique({
        where: { id },
        select: {
          number: true, verifyCode: true, status: true, ownerName: true, planNo: true, parcelNo: true, deedNo: true, builtUpAreaM2: true, floors: true, municipalityId: true,
          kind: { select: { code: true, nameAr: true, validityMonths: true } }, office: { select: { engineeringLicenseNo: true } }, municipality: { select: { code: true } },
        },
      });
      if (!p || !p.verifyCode) return null;
      return {
        municipalityId: p.municipalityId,
        data: {
          n: p.number, c: p.verifyCode, k: p.kind.code, h: p.ownerName, pl: `${p.planNo}/${p.parcelNo}`, dd: p.deedNo, o: p.office.engineeringLicenseNo ?? "",
          ba: p.builtUpAreaM2 ?? 0, fl: p.floors ?? 0, m: p.municipality.code, v: p.kind.validityMonths,
        },
        cancelled: p.status === "CANCELLED",
        number: p.number,
        subject: `${p.kind.nameAr} — ${p.planNo} / ${p.parcelNo}`,
        verifyPath: `/verify/permit/${encodeURIComponent(p.verifyCode)}`,
      };
    },
    onComplete: (tx, id, at) => permitSigned(tx, id, at),
  },
  /**
   * The building completion certificate (lib/domain/permits/after-issue): requested when the inspector issues it.
   * Like the license, the certificate is valid (the permit COMPLETED) from that decision; its signed form comes
   * when the chain completes (docs/decisions/025-permit-signatures.md).
   */
  COMPLETION_CERTIFICATE: {
    titleKey: "signatures:types.COMPLETION_CERTIFICATE",
    async load(tx, id) {
      const c = await tx.permitCertificate.findUnique({
        where: { id },
        select: {
          type: true, number: true, verifyCode: true, issuedAt: true, cancelledAt: true,
          permit: { select: { number: true, ownerName: true, planNo: true, parcelNo: true, municipalityId: true, kind: { select: { code: true } }, municipality: { select: { code: true } } } },
        },
      });
      if (!c || c.type !== "COMPLETION") return null;
      return {
        municipalityId: c.permit.municipalityId,
        data: { n: c.number, c: c.verifyCode, p: c.permit.number, k: c.permit.kind.code, h: c.permit.ownerName, pl: `${c.permit.planNo}/${c.permit.parcelNo}`, m: c.permit.municipality.code, i: day(c.issuedAt) },
        cancelled: c.cancelledAt !== null,
        number: c.number,
        subject: `${c.permit.number} — ${c.permit.planNo} / ${c.permit.parcelNo}`,
        verifyPath: `/verify/permit-certificate/${encodeURIComponent(c.verifyCode)}`,
      };
    },
    onComplete: (tx, id) => completionCertificateSigned(tx, id),
  },
} as const satisfies Record<string, DocumentTypeSpec>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export function isDocumentType(t: string): t is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, t);
}
