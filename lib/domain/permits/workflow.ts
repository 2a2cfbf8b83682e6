import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * The building permit's workflow (pure, the one shape `defineWorkflow`): states, events, which role takes each
 * step. Which DEPARTMENT holds a permit in review is data (the kind's route, PermitKindDepartment, and the
 * transfers: lib/domain/permits/route.ts); this table only says what may happen to the permit's status.
 * Commands write the result with the permit's `version` in the where (optimistic lock): two reviewers deciding
 * the same permit at once give one winner and one CONFLICT. Decision record: docs/decisions/016-permit-workflow.md.
 *
 *   DRAFT ─submit (office)─▶ IN_REVIEW ─accept (last department of the route)─▶ AWAITING_PAYMENT ─pay─▶ AWAITING_SIGNATURE ─issue─▶ ISSUED
 *                            │  ▲  accept (more departments) / transfer (to another department): stays IN_REVIEW
 *                     return │  └─ resubmit (office) ── RETURNED
 *                            └─ reject ─▶ REJECTED
 *   With a signing chain for building permits in the municipality (issue 15, docs/decisions/025-permit-signatures.md): the
 *   signatory's issue opens the chain and the permit stays AWAITING_SIGNATURE; the chain's last signature
 *   ─signed (system)─▶ ISSUED. Without a chain, issue ─▶ ISSUED at once (as before).
 *   withdraw (owner in DRAFT, IN_REVIEW, RETURNED) ─▶ WITHDRAWN
 *   reassign (owner, when the office's accreditation is suspended): DRAFT/RETURNED ─▶ DRAFT at another office, IN_REVIEW stays
 *   cancel (the signatory, with a ground and reasons): ISSUED ─▶ CANCELLED. A completed building is not cancelled
 *   here (its completion certificate stands); a permit still in review is rejected or withdrawn instead.
 *   requestCancel (the owner, online, once at a time) and declineCancel (the signatory, with reasons): ISSUED stays
 *   ISSUED; the signatory answers a request by cancel (ground OWNER_REQUEST) or declineCancel (decision 051).
 */
export const PERMIT_STATES = [
  "DRAFT",
  "IN_REVIEW",
  "RETURNED",
  "AWAITING_PAYMENT",
  "AWAITING_SIGNATURE",
  "ISSUED",
  "COMPLETED",
  "REJECTED",
  "WITHDRAWN",
  "CANCELLED",
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

export const PERMIT_EVENTS = ["submit", "accept", "transfer", "return", "reject", "resubmit", "pay", "issue", "withdraw", "reassign", "signed", "cancel", "requestCancel", "declineCancel"] as const;
export type PermitEvent = (typeof PERMIT_EVENTS)[number];

/** Who takes a step. OFFICE is the engineering office (its manager or an engineer); SYSTEM is the bank's payment. */
export const PERMIT_ROLES = ["OWNER", "OFFICE", "PERMITS_REVIEWER", "PERMITS_SIGNATORY", "SYSTEM"] as const;
export type PermitRole = (typeof PERMIT_ROLES)[number];

export type PermitContext = {
  /** accept: every department of the kind's route has accepted once this one does. */
  routeComplete: boolean;
  /** reassign: the office's accreditation is suspended (or revoked). */
  officeSuspended: boolean;
  /** issue: the municipality has a signing chain for building permits (the permit is issued when it completes). */
  signingChain?: boolean;
  /** requestCancel/declineCancel: the owner's cancellation request is waiting for the signatory. */
  cancelRequested?: boolean;
};

export const permitWorkflow = defineWorkflow<PermitState, PermitEvent, PermitRole, PermitContext>({
  name: "permit",
  states: PERMIT_STATES,
  events: PERMIT_EVENTS,
  rules: [
    { event: "submit", from: "DRAFT", role: "OFFICE", to: "IN_REVIEW" },
    { event: "accept", from: "IN_REVIEW", role: "PERMITS_REVIEWER", to: (c) => (c.routeComplete ? "AWAITING_PAYMENT" : "IN_REVIEW") },
    { event: "transfer", from: "IN_REVIEW", role: "PERMITS_REVIEWER", to: "IN_REVIEW" },
    { event: "return", from: "IN_REVIEW", role: "PERMITS_REVIEWER", to: "RETURNED" },
    { event: "reject", from: "IN_REVIEW", role: "PERMITS_REVIEWER", to: "REJECTED" },
    { event: "resubmit", from: "RETURNED", role: "OFFICE", to: "IN_REVIEW" },
    { event: "pay", from: "AWAITING_PAYMENT", role: "SYSTEM", to: "AWAITING_SIGNATURE" },
    { event: "issue", from: "AWAITING_SIGNATURE", role: "PERMITS_SIGNATORY", to: (c) => (c.signingChain ? "AWAITING_SIGNATURE" : "ISSUED") },
    { event: "signed", from: "AWAITING_SIGNATURE", role: "SYSTEM", to: "ISSUED" },
    { event: "withdraw", from: ["DRAFT", "IN_REVIEW", "RETURNED"], role: "OWNER", to: "WITHDRAWN" },
    { event: "reassign", from: ["DRAFT", "RETURNED"], role: "OWNER", to: "DRAFT", when: (c) => c.officeSuspended },
    { event: "reassign", from: "IN_REVIEW", role: "OWNER", to: "IN_REVIEW", when: (c) => c.officeSuspended },
    { event: "cancel", from: "ISSUED", role: "PERMITS_SIGNATORY", to: "CANCELLED" },
    { event: "requestCancel", from: "ISSUED", role: "OWNER", to: "ISSUED", when: (c) => !c.cancelRequested },
    { event: "declineCancel", from: "ISSUED", role: "PERMITS_SIGNATORY", to: "ISSUED", when: (c) => c.cancelRequested === true },
  ],
});

/** States in which a permit is open: a parcel has at most one open permit of a kind. */
export const OPEN_PERMIT_STATES: readonly PermitState[] = ["DRAFT", "IN_REVIEW", "RETURNED", "AWAITING_PAYMENT", "AWAITING_SIGNATURE"];
/** States the office may still change the permit's data in (those it sends on). */
export const EDITABLE_PERMIT_STATES: readonly PermitState[] = [...permitWorkflow.fromStates("submit"), ...permitWorkflow.fromStates("resubmit")];
