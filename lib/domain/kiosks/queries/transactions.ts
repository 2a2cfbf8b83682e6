import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { complaintForReporter, listMyComplaints } from "@/lib/domain/complaints/queries/citizen";
import { normalizeReference } from "@/lib/domain/complaints/schemas";
import { getMyApplication, listMyApplications, listMyLicenses, MY_LICENSES_MAX_PAGE_SIZE } from "@/lib/domain/licensing/queries/citizen";
import { listMyBills } from "@/lib/domain/payments/queries/my-bills";
import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * "Inquire about any transaction and follow it across departments" at a kiosk: the identified person's own
 * transactions, each with its timeline, read through the areas' OWN citizen queries (scoped to the actor there).
 * Each area is one InquirySource: the general inquiry registry (lib/domain/inquiry, built beside this) can be plugged
 * in by adding its sources to KIOSK_INQUIRY_SOURCES, without touching the kiosk screens, which only render this DTO.
 */
export type TimelineStep = { at: string; labelKey: string; note?: string | null };
export type TransactionDTO = {
  kind: "APPLICATION" | "LICENSE" | "BILL" | "COMPLAINT";
  reference: string;
  /** A bilingual title, or a key. */
  titleAr: string;
  titleEn: string;
  statusKey: string;
  status: string;
  updatedAt: string;
  amountHalalas?: number;
  /** Services the kiosk offers on it now (from the areas' own DTOs). */
  can: { renew?: boolean; pay?: boolean; printCertificate?: boolean };
  /** A license the person may renew: its id (the renew command's input). */
  licenseId?: string;
  timeline: TimelineStep[];
};

export type InquirySource = {
  kind: TransactionDTO["kind"];
  list(actor: Actor): Promise<TransactionDTO[]>;
  /** The one transaction with this reference, if it is the person's (someone else's answers like an unknown one). */
  find?(actor: Actor, reference: string): Promise<TransactionDTO | null>;
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");

const applications: InquirySource = {
  kind: "APPLICATION",
  async list(actor) {
    const { rows } = await listMyApplications(actor, { page: 1 });
    const detailed = await Promise.all(rows.filter((r) => r.status !== "DRAFT").slice(0, 5).map((r) => getMyApplication(actor, r.id)));
    return detailed.filter((a): a is NonNullable<typeof a> => !!a).map((a) => ({
      kind: "APPLICATION" as const,
      reference: a.number,
      titleAr: a.tradeNameAr ?? a.activity?.nameAr ?? "",
      titleEn: a.tradeNameEn ?? a.activity?.nameEn ?? a.tradeNameAr ?? "",
      statusKey: `licensing:status.${a.status}`,
      status: a.status,
      updatedAt: iso(a.history.at(-1)?.at ?? a.createdAt),
      can: { pay: a.bill?.status === "UNPAID" },
      amountHalalas: a.bill?.status === "UNPAID" ? a.bill.totalHalalas : undefined,
      timeline: a.history.map((h) => ({ at: iso(h.at), labelKey: `licensing:status.${h.to}` })),
    }));
  },
};

const licenses: InquirySource = {
  kind: "LICENSE",
  async list(actor) {
    return (await listMyLicenses(actor, { pageSize: MY_LICENSES_MAX_PAGE_SIZE })).rows.map((l) => ({
      kind: "LICENSE" as const,
      reference: l.number,
      titleAr: l.tradeNameAr,
      titleEn: l.tradeNameAr,
      statusKey: `licensing:licenseStatus.${l.status}`,
      status: l.status,
      updatedAt: iso(l.expiresAt),
      can: { renew: l.renewable, printCertificate: l.status === "ACTIVE" },
      licenseId: l.id,
      timeline: [{ at: iso(l.expiresAt), labelKey: "kiosks:inquiry.expires" }],
    }));
  },
};

const bills: InquirySource = {
  kind: "BILL",
  async list(actor) {
    const { rows } = await listMyBills(actor, { page: 1 });
    return rows.map((b) => ({
      kind: "BILL" as const,
      reference: b.number,
      titleAr: b.lines[0]?.descriptionAr ?? "",
      titleEn: b.lines[0]?.descriptionEn ?? "",
      statusKey: `payments:myBills.status.${b.status}`,
      status: b.status,
      updatedAt: iso(b.paidAt ?? b.issuedAt),
      amountHalalas: b.totalHalalas,
      can: { pay: b.status === "UNPAID" },
      timeline: [
        { at: iso(b.issuedAt), labelKey: "kiosks:inquiry.billIssued" },
        ...(b.paidAt ? [{ at: iso(b.paidAt), labelKey: "kiosks:inquiry.billPaid", note: b.receiptCode }] : []),
      ],
    }));
  },
};

const complaints: InquirySource = {
  kind: "COMPLAINT",
  async list(actor) {
    const { rows } = await listMyComplaints(actor, { page: 1 });
    const full = await Promise.all(rows.slice(0, 5).map((r) => complaintForReporter({ userId: actor.userId }, r.reference)));
    return full.filter((c): c is NonNullable<typeof c> => !!c).map(complaintDTO);
  },
  async find(actor, reference) {
    const c = await complaintForReporter({ userId: actor.userId }, normalizeReference(reference));
    return c ? complaintDTO(c) : null;
  },
};

function complaintDTO(c: NonNullable<Awaited<ReturnType<typeof complaintForReporter>>>): TransactionDTO {
  return {
    kind: "COMPLAINT",
    reference: c.reference,
    titleAr: `${c.category.nameAr} — ${c.department.nameAr}`,
    titleEn: `${c.category.nameEn} — ${c.department.nameEn}`,
    statusKey: `complaints:status.${c.status}`,
    status: c.status,
    updatedAt: iso(c.events.at(-1)?.at ?? c.createdAt),
    can: {},
    timeline: c.events.map((e) => ({ at: iso(e.at), labelKey: `complaints:event.${e.kind}`, note: e.kind === "CREATED" ? null : e.body })),
  };
}

/** The sources a kiosk asks, in the order the screen lists them. */
export const KIOSK_INQUIRY_SOURCES: readonly InquirySource[] = [applications, licenses, bills, complaints];

export async function myTransactions(actor: Actor): Promise<TransactionDTO[]> {
  const lists = await Promise.all(KIOSK_INQUIRY_SOURCES.map((s) => s.list(actor)));
  return lists.flat();
}

/** One of the person's transactions by the reference they type (complaint C…, application, license or bill number). */
export async function findMyTransaction(actor: Actor, typed: string): Promise<TransactionDTO | null> {
  const reference = toLatinDigits(typed).replace(/[\s-]+/g, "").toUpperCase();
  if (!/^[A-Z]{0,3}\d{4,16}$/.test(reference)) return null;
  for (const source of KIOSK_INQUIRY_SOURCES) {
    const found = source.find ? await source.find(actor, reference) : (await source.list(actor)).find((t) => t.reference.toUpperCase() === reference) ?? null;
    if (found) return found;
  }
  return null;
}
