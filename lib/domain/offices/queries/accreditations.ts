import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ServiceTypeCode } from "@/lib/domain/offices/clause-set";
import { supervisionRoles } from "@/lib/domain/offices/policies";
import { PAGE_SIZE, pageOf } from "@/lib/domain/offices/paging";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { ACCREDITATION_STATES, accreditationWorkflow, type AccreditationEvent, type AccreditationState } from "@/lib/domain/offices/workflow";

/** Accreditation requests: the committee's (offices of its Amanahs) and the applicant's own. */
type Named = { nameAr: string; nameEn: string };
export type AccreditationFilter = AccreditationState | "all";
export const ACCREDITATION_FILTERS: readonly AccreditationFilter[] = [...ACCREDITATION_STATES, "all"];

export type AccreditationRowDTO = {
  number: string;
  status: AccreditationState;
  submittedAt: Date;
  serviceTypes: ServiceTypeCode[];
  office: Named & { commercialRegNo: string };
};

export async function accreditationList(actor: Actor, opts: { status?: string; page?: number }) {
  const page = pageOf(opts.page);
  const status: AccreditationFilter = opts.status === "all" ? "all" : ACCREDITATION_STATES.find((s) => s === opts.status) ?? "SUBMITTED";
  const where = { office: committeeOfficeScope(actor), ...(status !== "all" ? { status } : {}) };
  const [total, rows] = await Promise.all([
    db.accreditationRequest.count({ where }),
    db.accreditationRequest.findMany({
      where,
      orderBy: { submittedAt: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { number: true, status: true, submittedAt: true, serviceTypes: true, office: { select: { nameAr: true, nameEn: true, commercialRegNo: true } } },
    }),
  ]);
  return { page, pageSize: PAGE_SIZE, total, status, rows: rows.map((r): AccreditationRowDTO => ({ ...r, status: r.status as AccreditationState })) };
}

export type AccreditationDetailDTO = {
  id: string;
  number: string;
  status: AccreditationState;
  submittedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  serviceTypes: ServiceTypeCode[];
  municipalityIds: string[];
  notes: string | null;
  documents: { id: string; originalName: string; sizeBytes: number }[];
  contractNumber: string | null;
  requestedMunicipalities: (Named & { id: string })[];
  amanahMunicipalities: (Named & { id: string })[];
  applicant: (Named & { mobile: string }) | null;
  office: Named & {
    code: string;
    commercialRegNo: string;
    phone: string;
    email: string | null;
    members: (Named & { id: string; role: string; qualificationNo: string | null; nationalId: string | null; mobile: string })[];
  };
  /** The decisions the actor may take (workflow.ts). */
  availableEvents: AccreditationEvent[];
};

export async function accreditationDetail(actor: Actor, number: string): Promise<AccreditationDetailDTO | null> {
  const r = await db.accreditationRequest.findFirst({
    where: { number, office: committeeOfficeScope(actor) },
    select: {
      id: true,
      number: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      decisionReason: true,
      serviceTypes: true,
      municipalityIds: true,
      notes: true,
      applicantId: true,
      documents: { select: { id: true, originalName: true, sizeBytes: true } },
      office: {
        select: {
          code: true,
          nameAr: true,
          nameEn: true,
          commercialRegNo: true,
          phone: true,
          email: true,
          amanahId: true,
          contracts: { orderBy: { createdAt: "desc" }, take: 1, select: { number: true } },
          members: {
            where: { active: true },
            select: { id: true, role: true, qualificationNo: true, user: { select: { nameAr: true, nameEn: true, nationalId: true, mobile: true } } },
            orderBy: [{ role: "asc" }, { createdAt: "asc" }],
          },
        },
      },
    },
  });
  if (!r) return null;
  const municipality = { id: true, nameAr: true, nameEn: true } as const;
  const [requestedMunicipalities, amanahMunicipalities, applicant] = await Promise.all([
    db.municipality.findMany({ where: { id: { in: r.municipalityIds } }, select: municipality, orderBy: { code: "asc" } }),
    db.municipality.findMany({ where: { amanahId: r.office.amanahId }, select: municipality, orderBy: { code: "asc" } }),
    db.user.findUnique({ where: { id: r.applicantId }, select: { nameAr: true, nameEn: true, mobile: true } }),
  ]);
  const status = r.status as AccreditationState;
  return {
    id: r.id,
    number: r.number,
    status,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    serviceTypes: r.serviceTypes,
    municipalityIds: r.municipalityIds,
    notes: r.notes,
    documents: r.documents,
    contractNumber: status === "APPROVED" ? (r.office.contracts[0]?.number ?? null) : null,
    requestedMunicipalities,
    amanahMunicipalities,
    applicant,
    office: {
      code: r.office.code,
      nameAr: r.office.nameAr,
      nameEn: r.office.nameEn,
      commercialRegNo: r.office.commercialRegNo,
      phone: r.office.phone,
      email: r.office.email,
      members: r.office.members.map((m) => ({ id: m.id, role: m.role, qualificationNo: m.qualificationNo, nameAr: m.user.nameAr, nameEn: m.user.nameEn, nationalId: m.user.nationalId, mobile: m.user.mobile })),
    },
    availableEvents: accreditationWorkflow.availableEvents(status, supervisionRoles(actor), undefined),
  };
}

export type MyAccreditationDTO = {
  number: string;
  status: AccreditationState;
  submittedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  office: Named & { code: string };
  /** Still awaiting the committee (one request at a time): the form says so instead of offering a new one. */
  open: boolean;
  /** The latest request was rejected: the applicant may apply again. */
  mayReapply: boolean;
};

/** The accreditation requests the citizen filed (their own: applicantId in the where), newest first. */
export async function myAccreditations(actor: Actor): Promise<MyAccreditationDTO[]> {
  const rows = await db.accreditationRequest.findMany({
    where: { applicantId: actor.userId },
    orderBy: { submittedAt: "desc" },
    take: PAGE_SIZE,
    select: { number: true, status: true, submittedAt: true, decidedAt: true, decisionReason: true, office: { select: { nameAr: true, nameEn: true, code: true } } },
  });
  return rows.map((r, i) => {
    const status = r.status as AccreditationState;
    return { ...r, status, open: accreditationWorkflow.fromStates("approve").includes(status), mayReapply: i === 0 && status === "REJECTED" };
  });
}

export type AmanahOptionDTO = Named & { id: string; municipalities: (Named & { id: string })[] };

/** Municipalities by Amanah, for the accreditation form. */
export async function municipalityOptions(): Promise<AmanahOptionDTO[]> {
  return db.amanah.findMany({
    select: { id: true, nameAr: true, nameEn: true, municipalities: { select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } } },
    orderBy: { code: "asc" },
  });
}
