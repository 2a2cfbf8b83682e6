/**
 * The seeded demo permits (prisma/seed/permit-review-path.ts) look like permits the portal issued: their timeline
 * replays through the permit workflow from the draft to where they are, with one accepted review step per department
 * of the kind's route, the fee from the schedule as a paid bill with its payment, and the timeline's times in order,
 * people's steps in office hours.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computePermitFee, feeAreaOf, pickFeeRule } from "@/lib/domain/permits/fees";
import { PERMIT_EVENTS, permitWorkflow, type PermitEvent, type PermitRole, type PermitState } from "@/lib/domain/permits/workflow";
import { isWorkingTime } from "@/lib/kernel/working-days";
import { CITIZEN_DEMO } from "@/prisma/seed/citizen-demo";
import { DEMO_AFTER_ISSUE_PERMIT } from "@/prisma/seed/permits-after-issue";

/** The workflow role behind a timeline's role label (the office's manager and engineers act as OFFICE). */
const roleOf = (actorRole: string): PermitRole => (actorRole.startsWith("OFFICE_") ? "OFFICE" : (actorRole as PermitRole));
const isWorkflowEvent = (e: string): e is PermitEvent => (PERMIT_EVENTS as readonly string[]).includes(e);

describe("the demo permits' review path", () => {
  for (const [name, where, expected] of [
    ["the after-issue permit", { deedNo: DEMO_AFTER_ISSUE_PERMIT.deedNo }, "ISSUED"],
    ["the demo citizen's completed permit", { number: CITIZEN_DEMO.permitNumber }, "COMPLETED"],
  ] as const) {
    it(`${name}: its timeline replays through the workflow, every route department accepted it, its fee bill is paid`, async () => {
      const p = await db.permit.findFirstOrThrow({
        where,
        select: {
          id: true, status: true, kindId: true, municipalityId: true, landAreaM2: true, builtUpAreaM2: true, feeHalalas: true, billId: true, submittedAt: true, approvedAt: true, issuedAt: true, signedById: true,
          kind: { select: { nameAr: true, nameEn: true, category: true } },
          history: { orderBy: { id: "asc" }, select: { at: true, event: true, actorRole: true, actorId: true, fromStatus: true, toStatus: true, departmentId: true } },
          steps: { orderBy: { seq: "asc" }, select: { departmentId: true, decision: true, arrivedAt: true, decidedAt: true, dueAt: true, decidedById: true } },
        },
      });
      expect(p.status).toBe(expected);

      // The timeline: from nothing to the permit's status, each workflow move allowed for its role, times in order.
      let state: PermitState | null = null;
      let last = 0;
      for (const h of p.history) {
        expect(h.fromStatus, h.event).toBe(state);
        expect(h.at.getTime(), h.event).toBeGreaterThanOrEqual(last);
        last = h.at.getTime();
        if (h.event === "create") expect(h.toStatus).toBe("DRAFT");
        else if (isWorkflowEvent(h.event)) {
          const moved = permitWorkflow.transition(state!, h.event, roleOf(h.actorRole), { routeComplete: h.toStatus === "AWAITING_PAYMENT", officeSuspended: false });
          expect(moved, `${h.event} from ${state}`).toEqual({ ok: true, to: h.toStatus });
        } else expect(h.event).toMatch(/^(inspection\.[A-Z]+\.PASS|certificate\.INSULATION|complete)$/);
        if (h.actorRole !== "SYSTEM") expect(h.actorId, h.event).not.toBeNull();
        // People act in office hours on working days (the bank's payment may come at any hour).
        if (h.actorRole !== "SYSTEM") expect(isWorkingTime(h.at), `${h.event} at ${h.at.toISOString()}`).toBe(true);
        state = h.toStatus;
      }
      expect(state).toBe(expected);
      expect(p.history.map((h) => h.event).slice(0, 2)).toEqual(["create", "submit"]);
      expect(p.history.find((h) => h.event === "submit")!.at).toEqual(p.submittedAt);
      expect(p.history.find((h) => h.event === "issue")!.at).toEqual(p.issuedAt);

      // One accepted hop per route department, in route order, each decided after it arrived.
      const route = await db.permitKindDepartment.findMany({ where: { kindId: p.kindId }, orderBy: { position: "asc" }, select: { departmentId: true } });
      expect(p.steps.map((s) => [s.departmentId, s.decision])).toEqual(route.map((r) => [r.departmentId, "ACCEPTED"]));
      for (const s of p.steps) {
        expect(s.decidedAt!.getTime()).toBeGreaterThan(s.arrivedAt.getTime());
        expect(s.dueAt.getTime()).toBeGreaterThan(s.arrivedAt.getTime());
        expect(s.decidedById).not.toBeNull();
      }
      expect(p.steps.at(-1)!.decidedAt).toEqual(p.approvedAt);
      expect(p.history.filter((h) => h.event === "accept").map((h) => h.departmentId)).toEqual(route.map((r) => r.departmentId));

      // The fee is the schedule's for its area, billed to the owner when the last department accepted, and paid.
      const rules = await db.permitFeeRule.findMany({ where: { kindId: p.kindId, OR: [{ municipalityId: p.municipalityId }, { municipalityId: null }] }, orderBy: { minAreaM2: "asc" } });
      const fee = computePermitFee(pickFeeRule(rules, p.municipalityId, feeAreaOf(p.kind.category, p))!, p.kind, feeAreaOf(p.kind.category, p));
      const bill = await db.bill.findUniqueOrThrow({ where: { id: p.billId! }, select: { number: true, status: true, subjectType: true, subjectId: true, totalHalalas: true, issuedAt: true, paidAt: true, lines: { select: { amountHalalas: true } }, payment: { select: { amountHalalas: true, paidAt: true } } } });
      expect(bill).toMatchObject({ status: "PAID", subjectType: "Permit", subjectId: p.id, totalHalalas: fee.totalHalalas });
      expect(p.feeHalalas).toBe(fee.totalHalalas);
      expect(bill.lines.reduce((n, l) => n + l.amountHalalas, 0)).toBe(fee.totalHalalas);
      expect(bill.payment).toEqual({ amountHalalas: fee.totalHalalas, paidAt: bill.paidAt });
      expect(bill.issuedAt).toEqual(p.approvedAt);
      const paid = p.history.find((h) => h.event === "pay")!;
      expect(paid.at).toEqual(bill.paidAt);
      expect(p.signedById).toBe(p.history.find((h) => h.event === "issue")!.actorId);
    });
  }
});
