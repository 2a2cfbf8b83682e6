/**
 * Test factory of the licensing area: a license application in any state, written directly with
 * Prisma (with the history rows a real journey would have left), so office pages, commands, jobs and
 * KPIs can be tested without driving the citizen's wizard. Used by the integration tests and by
 * scripts that prepare e2e data. Numbers come from the real sequence (nextApplicationNumber).
 */
import type { DbOrTx, Tx } from "../../lib/db";
import { nextApplicationNumber } from "../../lib/domain/licensing/numbers";
import { slaDueAt as slaDue, type ApplicationEvent, type ApplicationState, type StepRole } from "../../lib/domain/licensing/workflow";
import { fileStore } from "../../lib/storage/file-store";
import { MUNICIPALITY_CODES } from "../../prisma/seed/places";

export const COMMERCIAL_ISIC = "474101"; // Mobile phones & accessories (Retail, no health license)
export const HEALTH_ISIC = "561001"; // Restaurant (Food & restaurants, health license)

export type ApplicationFactoryInput = {
  status?: ApplicationState;
  /** A health activity (restaurant) instead of a commercial one (mobile phones shop). */
  health?: boolean;
  isicCode?: string;
  officeCode?: string;
  municipalityCode?: string;
  applicantNationalId?: string;
  tradeNameAr?: string;
  commercialRegNo?: string;
  areaM2?: number;
  signAreaM2?: number;
  latitude?: number;
  longitude?: number;
  submittedAt?: Date;
  /** When the current state was entered (default: now). */
  stateEnteredAt?: Date;
  /** Overrides the state's computed SLA due time. */
  slaDueAt?: Date | null;
  issuedAt?: Date;
  /** Attach StoredFile rows (lease, CR copy, shop photo) with fake storage keys. */
  documents?: boolean;
};

export type CreatedApplication = { id: string; number: string; status: ApplicationState; officeId: string; municipalityId: string; applicantId: string; kind: "COMMERCIAL" | "HEALTH" };

type Step = { event: ApplicationEvent; role: StepRole; to: ApplicationState };
/** The canonical path to each state (what history rows a real journey leaves behind). */
function pathTo(status: ApplicationState, health: boolean): Step[] {
  const submit: Step = { event: "submit", role: "CITIZEN", to: "SUBMITTED" };
  const take: Step = { event: "take", role: "OFFICE_AGENT", to: "OFFICE_REVIEW" };
  const accept: Step = { event: "accept", role: "OFFICE_AGENT", to: "FIELD_INSPECTION" };
  const pass: Step = { event: "inspectPass", role: "OFFICE_TECH_INSPECTOR", to: health ? "HEALTH_REVIEW" : "OFFICE_APPROVAL" };
  const healthOk: Step = { event: "healthApprove", role: "OFFICE_HEALTH_SPECIALIST", to: "OFFICE_APPROVAL" };
  const approve: Step = { event: "approve", role: "OFFICE_MANAGER", to: "AWAITING_PAYMENT" };
  const pay: Step = { event: "pay", role: "SYSTEM", to: "ISSUED" };
  const full = [submit, take, accept, pass, ...(health ? [healthOk] : []), approve, pay];
  switch (status) {
    case "DRAFT":
      return [];
    case "RETURNED":
      return [submit, take, { event: "return", role: "OFFICE_AGENT", to: "RETURNED" }];
    case "REJECTED":
      return [submit, take, { event: "reject", role: "OFFICE_AGENT", to: "REJECTED" }];
    case "WITHDRAWN":
      return [submit, { event: "withdraw", role: "CITIZEN", to: "WITHDRAWN" }];
    default: {
      const i = full.findIndex((s) => s.to === status);
      if (i < 0) throw new Error(`factory: no path to ${status}${health ? "" : " for a commercial application"}`);
      return full.slice(0, i + 1);
    }
  }
}

let seq = 0;
/** A CR number unlikely to collide with the seed's (2059…). */
export function uniqueCr(): string {
  seq += 1;
  return `2059${String((Date.now() % 100_000) * 10 + (seq % 10)).padStart(6, "0")}`.slice(0, 10);
}

async function inTx<T>(client: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in client ? (client as { $transaction: (f: (tx: Tx) => Promise<T>) => Promise<T> }).$transaction(fn) : fn(client as Tx);
}

export async function createApplication(client: DbOrTx, input: ApplicationFactoryInput = {}): Promise<CreatedApplication> {
  return inTx(client, async (tx) => {
    const status = input.status ?? "SUBMITTED";
    const isic = input.isicCode ?? (input.health ? HEALTH_ISIC : COMMERCIAL_ISIC);
    const activity = await tx.activity.findUniqueOrThrow({ where: { isicCode: isic }, select: { id: true, requiresHealthLicense: true } });
    const health = activity.requiresHealthLicense;
    const office = await tx.licensingOffice.findUniqueOrThrow({
      where: { code: input.officeCode ?? "OFF-INJAZ" },
      select: { id: true, members: { where: { active: true }, orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { id: true, username: true } } } } },
    });
    // The office's own members take the office's steps in the history (the first member of each role).
    const member = (role: StepRole) => office.members.find((m) => `OFFICE_${m.role}` === role || (role === "OFFICE_TECH_INSPECTOR" && m.role === "TECH_INSPECTOR"))?.user ?? null;
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { code: input.municipalityCode ?? MUNICIPALITY_CODES.DAMMAM_CENTRAL }, select: { id: true, districts: { select: { id: true }, take: 1 } } });
    const applicant = await tx.user.findUniqueOrThrow({ where: { nationalId: input.applicantNationalId ?? "1087654321" }, select: { id: true, nationalId: true, nameAr: true } });
    const now = new Date();
    const enteredAt = input.stateEnteredAt ?? now;
    const steps = pathTo(status, health);
    const submittedAt = steps.length ? (input.submittedAt ?? new Date(enteredAt.getTime() - (steps.length - 1) * 3_600_000)) : null;
    const number = await nextApplicationNumber(tx);

    const app = await tx.licenseApplication.create({
      data: {
        number,
        applicantId: applicant.id,
        applicantNationalId: applicant.nationalId!,
        kind: health ? "HEALTH" : "COMMERCIAL",
        status,
        draftStep: 4,
        tradeNameAr: input.tradeNameAr ?? (health ? "مطعم النخبة للمأكولات" : "متجر الأفق للاتصالات"),
        tradeNameEn: health ? "Elite Food Restaurant" : "Horizon Mobile Store",
        commercialRegNo: input.commercialRegNo ?? uniqueCr(),
        activityId: activity.id,
        municipalityId: municipality.id,
        districtId: municipality.districts[0]?.id ?? null,
        addressAr: "شارع الملك سعود، الدمام",
        latitude: input.latitude ?? 26.4331,
        longitude: input.longitude ?? 50.1033,
        areaM2: input.areaM2 ?? 60,
        signAreaM2: input.signAreaM2 ?? 4,
        officeId: office.id,
        stateEnteredAt: enteredAt,
        slaDueAt: input.slaDueAt !== undefined ? input.slaDueAt : slaDue(status, enteredAt),
        submittedAt,
        decidedAt: status === "REJECTED" || status === "AWAITING_PAYMENT" || status === "ISSUED" ? enteredAt : null,
        issuedAt: status === "ISSUED" ? (input.issuedAt ?? enteredAt) : null,
        lastNote: status === "RETURNED" ? "يرجى إرفاق عقد إيجار ساري المفعول." : null,
        rejectionReason: status === "REJECTED" ? "النشاط غير مسموح به في هذا الموقع." : null,
        returnCount: status === "RETURNED" ? 1 : 0,
      },
      select: { id: true },
    });

    let from: ApplicationState = "DRAFT";
    const span = steps.length > 1 && submittedAt ? (enteredAt.getTime() - submittedAt.getTime()) / (steps.length - 1) : 0;
    for (const [i, s] of steps.entries()) {
      const at = submittedAt ? new Date(submittedAt.getTime() + i * span) : enteredAt;
      await tx.applicationHistory.create({
        data: {
          applicationId: app.id,
          at: i === steps.length - 1 ? (s.to === "ISSUED" ? (input.issuedAt ?? enteredAt) : enteredAt) : at,
          actorId: s.role === "CITIZEN" ? applicant.id : (member(s.role)?.id ?? null),
          actorLabel: s.role === "CITIZEN" ? applicant.nationalId! : s.role === "SYSTEM" ? "system:payments" : (member(s.role)?.username ?? `factory:${s.role}`),
          actorRole: s.role,
          event: s.event,
          fromStatus: from,
          toStatus: s.to,
          note: s.event === "return" ? "يرجى إرفاق عقد إيجار ساري المفعول." : null,
        },
      });
      from = s.to;
    }

    if (input.documents) {
      // Small but real files (content-addressed in the file store), so /api/files/<id> serves them.
      const pdf = (title: string) => new TextEncoder().encode(`%PDF-1.4\n% ${title}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
      const png = Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0b0d20000000049454e44ae426082", "hex"));
      const docs = [
        ["LEASE", "عقد-الإيجار.pdf", "application/pdf", pdf("lease")],
        ["CR_COPY", "السجل-التجاري.pdf", "application/pdf", pdf("commercial registration")],
        ["SHOP_PHOTO", "واجهة-المحل.png", "image/png", png],
      ] as const;
      for (const [purpose, name, mime, bytes] of docs) {
        const put = await fileStore().put(bytes, { mime, originalName: name });
        await tx.storedFile.create({
          data: { storageKey: put.key, sha256: put.sha256, mime, sizeBytes: put.size, originalName: name, uploadedById: applicant.id, purpose, applicationId: app.id },
        });
      }
    }
    return { id: app.id, number, status, officeId: office.id, municipalityId: municipality.id, applicantId: applicant.id, kind: health ? "HEALTH" : "COMMERCIAL" };
  });
}
