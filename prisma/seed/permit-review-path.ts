/**
 * The road a demo permit took before it was issued, written the way the commands write it (demo data only): the
 * office's draft and submission, one accepted review step per department of its kind's route (the reviewer, the
 * notes, the department's working-day SLA), the fee from the schedule as a bill the owner paid at the bank (lines,
 * payment, receipt), and the signatory's issue — each with its timeline row. Without it a seeded issued permit
 * showed a timeline of one line and no fee bill, unlike any permit the portal issues.
 *
 * Bill numbers and receipt codes lie below the ranges the sequences draw from (bill_number_seq from 1000001,
 * receipt_code_seq from 100001), like the seed's other demo bills.
 */
import { computePermitFee, feeAreaOf, pickFeeRule } from "../../lib/domain/permits/fees";
import { permitHopDueAt } from "../../lib/domain/permits/sla";
import { billNumberFromSequence } from "../../lib/domain/payments/bill-number";
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import { riyadhDay, riyadhInstant, startOfRiyadhDay } from "../../lib/kernel/riyadh-days";
import { isWorkingDay } from "../../lib/kernel/working-days";
import type { Prisma } from "../../lib/generated/prisma/client";

const DAY = 86_400_000;

/**
 * When each step happened: working days before the issue and the time of day in Riyadh (people work office hours on
 * working days; the bank's payment came in the evening). Acceptances are in route order (a route of one department
 * takes the last).
 */
export const DEMO_PERMIT_PATH = {
  created: { workingDays: 9, at: "10:05" },
  submitted: { workingDays: 8, at: "10:40" },
  accepted: [{ workingDays: 6, at: "12:15" }, { workingDays: 3, at: "11:30" }],
  paid: { workingDays: 2, at: "20:12" },
} as const;

/**
 * A demo instant: `workingDays` working days before the working day of `from` (the working day on or before it), at
 * `hhmm` in Riyadh. Demo records use it so that nothing happened at 2 a.m. or on a Friday.
 */
export function demoOfficeTime(from: Date, workingDays: number, hhmm: string): Date {
  let day = startOfRiyadhDay(from);
  while (!isWorkingDay(day)) day = new Date(day.getTime() - DAY);
  for (let i = 0; i < workingDays; ) {
    day = new Date(day.getTime() - DAY);
    if (isWorkingDay(day)) i++;
  }
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return riyadhInstant(riyadhDay(day), h * 60 + m);
}

/** What each route department's reviewer wrote when accepting (by department code). */
const ACCEPT_NOTES: Record<string, string> = {
  PERMIT_PLANNING: "الاستخدام السكني والارتدادات ونسبة البناء مطابقة لاشتراطات المخطط المعتمد.",
  PERMIT_BUILDING: "المخططات الإنشائية والمعمارية مطابقة لكود البناء السعودي، ولا ملاحظات.",
  PERMIT_SAFETY: "متطلبات السلامة في موقع العمل مستوفاة.",
};
const REVIEWER_OF: Record<string, string> = { PERMIT_PLANNING: "staff.planning", PERMIT_BUILDING: "staff.building", PERMIT_SAFETY: "staff.safety" };

export type DemoPermitPath = {
  permitId: string;
  issuedAt: Date;
  /** 9-digit serial below 1000001: the bill number is it and its Damm digit. */
  billSerial: number;
  /** Below 100001: the receipt code is R, it and its check digit. */
  receiptSerial: number;
  bankTxnId: string;
};

/** Writes the path of an ISSUED (or later) permit that has none yet; returns the rows written. */
export async function seedIssuedPermitPath(tx: Prisma.TransactionClient, path: DemoPermitPath): Promise<number> {
  const p = await tx.permit.findUniqueOrThrow({
    where: { id: path.permitId },
    select: {
      id: true, number: true, kindId: true, municipalityId: true, ownerNationalId: true, ownerName: true, landAreaM2: true, builtUpAreaM2: true, billId: true,
      owner: { select: { mobile: true } }, office: { select: { code: true } },
      kind: { select: { nameAr: true, nameEn: true, category: true } },
    },
  });
  if (p.billId || (await tx.permitReviewStep.count({ where: { permitId: p.id } })) > 0) return 0;
  const at = (step: { workingDays: number; at: string }) => demoOfficeTime(path.issuedAt, step.workingDays, step.at);
  const userId = async (username: string) => (await tx.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const route = await tx.permitKindDepartment.findMany({
    where: { kindId: p.kindId },
    orderBy: { position: "asc" },
    select: { department: { select: { id: true, code: true, permitSlaDays: true } } },
  });
  if (route.length === 0 || route.length > DEMO_PERMIT_PATH.accepted.length) throw new Error(`seed: the demo permit path has no days for a route of ${route.length}`);
  const officeManager = "office.manager";
  const signatory = "staff.signatory";
  const submitted = at(DEMO_PERMIT_PATH.submitted);
  const accepted = route.map((_, i) => at(DEMO_PERMIT_PATH.accepted[DEMO_PERMIT_PATH.accepted.length - route.length + i]!));
  const paidAt = at(DEMO_PERMIT_PATH.paid);
  let written = 0;

  // The fee from the schedule, issued to the owner when the last department accepted, paid at the bank.
  const rules = await tx.permitFeeRule.findMany({ where: { kindId: p.kindId, OR: [{ municipalityId: p.municipalityId }, { municipalityId: null }] }, orderBy: { minAreaM2: "asc" } });
  const area = Math.max(1, feeAreaOf(p.kind.category, p));
  const rule = pickFeeRule(rules, p.municipalityId, area);
  if (!rule) throw new Error(`seed: no fee rule for permit ${p.number}`);
  const fee = computePermitFee(rule, p.kind, area);
  const billNumber = billNumberFromSequence(path.billSerial);
  const biller = await tx.municipality.findUniqueOrThrow({ where: { id: p.municipalityId }, select: { billerCode: true } });
  const approvedAt = accepted[accepted.length - 1]!;
  const bill = await tx.bill.create({
    data: {
      number: billNumber, billerCode: biller.billerCode ?? "000", municipalityId: p.municipalityId, subjectType: "Permit", subjectId: p.id,
      payerNationalId: p.ownerNationalId, payerName: p.ownerName, payerMobile: p.owner.mobile, totalHalalas: fee.totalHalalas, status: "PAID",
      issuedAt: approvedAt, dueAt: new Date(approvedAt.getTime() + 30 * DAY), expiresAt: new Date(approvedAt.getTime() + 90 * DAY), paidAt,
      lines: { create: fee.lines.map((l, i) => ({ ...l, sortOrder: i })) },
    },
    select: { id: true },
  });
  await tx.payment.create({ data: { billId: bill.id, bankTxnId: path.bankTxnId, bankCode: "RJHI", amountHalalas: fee.totalHalalas, paidAt, receivedAt: paidAt, receiptCode: checkDigitNumber("R", path.receiptSerial) } });
  await tx.permit.update({ where: { id: p.id }, data: { billId: bill.id, feeHalalas: fee.totalHalalas, submittedAt: submitted, approvedAt, signedById: await userId(signatory) } });
  written += 2 + fee.lines.length;

  // One accepted hop per department of the route.
  for (const [i, { department }] of route.entries()) {
    const arrivedAt = i === 0 ? submitted : accepted[i - 1]!;
    await tx.permitReviewStep.create({
      data: {
        permitId: p.id, seq: i + 1, departmentId: department.id, arrivedAt, dueAt: permitHopDueAt(department, arrivedAt),
        decision: "ACCEPTED", decidedAt: accepted[i]!, decidedById: await userId(REVIEWER_OF[department.code] ?? "staff.building"), notes: ACCEPT_NOTES[department.code] ?? null,
      },
    });
    written++;
  }

  // The timeline, as movePermit writes it: one row per move.
  const [first] = route;
  const history = [
    { at: at(DEMO_PERMIT_PATH.created), actorLabel: officeManager, actorRole: "OFFICE_MANAGER", event: "create", fromStatus: null, toStatus: "DRAFT" as const, departmentId: null, note: null },
    { at: submitted, actorLabel: officeManager, actorRole: "OFFICE_MANAGER", event: "submit", fromStatus: "DRAFT" as const, toStatus: "IN_REVIEW" as const, departmentId: first!.department.id, note: null },
    ...route.map(({ department }, i) => ({
      at: accepted[i]!,
      actorLabel: REVIEWER_OF[department.code] ?? "staff.building",
      actorRole: "PERMITS_REVIEWER",
      event: "accept",
      fromStatus: "IN_REVIEW" as const,
      toStatus: i === route.length - 1 ? ("AWAITING_PAYMENT" as const) : ("IN_REVIEW" as const),
      departmentId: department.id,
      note: ACCEPT_NOTES[department.code] ?? null,
    })),
    { at: paidAt, actorLabel: "system:payments", actorRole: "SYSTEM", event: "pay", fromStatus: "AWAITING_PAYMENT" as const, toStatus: "AWAITING_SIGNATURE" as const, departmentId: null, note: billNumber },
    { at: path.issuedAt, actorLabel: signatory, actorRole: "PERMITS_SIGNATORY", event: "issue", fromStatus: "AWAITING_SIGNATURE" as const, toStatus: "ISSUED" as const, departmentId: null, note: null },
  ];
  const actorIds = new Map<string, string>();
  for (const label of new Set(history.map((h) => h.actorLabel).filter((l) => !l.startsWith("system:")))) actorIds.set(label, await userId(label));
  await tx.permitHistory.createMany({ data: history.map((h) => ({ ...h, permitId: p.id, actorId: actorIds.get(h.actorLabel) ?? null })) });
  written += history.length;
  return written;
}
