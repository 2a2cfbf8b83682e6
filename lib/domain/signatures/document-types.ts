import type { DbOrTx } from "@/lib/db";

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
} as const satisfies Record<string, DocumentTypeSpec>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export function isDocumentType(t: string): t is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, t);
}
