import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * Tenders (المنافسات) and auctions (المزايدات) share one status shape, each with its own table
 * (`defineWorkflow`, lib/kernel/workflow.ts):
 *
 *   ANNOUNCED ─open─▶ OPEN ─close (after the deadline)─▶ CLOSED ─award─▶ AWARDED
 *        └────────────┴──────────────cancel─────────────────┴──▶ CANCELLED
 *
 * Time rules arrive through the context (the workflow has no clock): a tender is edited, opened and its
 * booklet sold only BEFORE its offers deadline, and closed only AFTER it; an auction likewise around its
 * session. `edit` and `buyBooklet` lead back to the same state: they are in the table so that commands and
 * pages ask it like any other step (a page never restates "editable until the deadline").
 */
export const TENDER_STATES = ["ANNOUNCED", "OPEN", "CLOSED", "AWARDED", "CANCELLED"] as const;
export type TenderState = (typeof TENDER_STATES)[number];

export const TENDER_EVENTS = ["edit", "open", "buyBooklet", "close", "award", "cancel"] as const;
export type TenderEvent = (typeof TENDER_EVENTS)[number];

/** The tenders officer runs the tender; a citizen (for themself or their establishment) buys the booklet; SYSTEM may close at the deadline. */
export const TENDER_ROLES = ["TENDERS_OFFICER", "CITIZEN", "SYSTEM"] as const;
export type TenderRole = (typeof TENDER_ROLES)[number];

/** `beforeDeadline`: now < offers deadline (tender) or now < session (auction). */
export type TenderCtx = { beforeDeadline: boolean };

const before = (c: TenderCtx) => c.beforeDeadline;
const after = (c: TenderCtx) => !c.beforeDeadline;

export const tenderWorkflow = defineWorkflow<TenderState, TenderEvent, TenderRole, TenderCtx>({
  name: "tender",
  states: TENDER_STATES,
  events: TENDER_EVENTS,
  rules: [
    { event: "edit", from: "ANNOUNCED", role: "TENDERS_OFFICER", to: "ANNOUNCED", when: before },
    { event: "edit", from: "OPEN", role: "TENDERS_OFFICER", to: "OPEN", when: before },
    { event: "open", from: "ANNOUNCED", role: "TENDERS_OFFICER", to: "OPEN", when: before },
    { event: "buyBooklet", from: "OPEN", role: "CITIZEN", to: "OPEN", when: before },
    { event: "close", from: "OPEN", role: ["TENDERS_OFFICER", "SYSTEM"], to: "CLOSED", when: after },
    { event: "award", from: "CLOSED", role: "TENDERS_OFFICER", to: "AWARDED" },
    { event: "cancel", from: ["ANNOUNCED", "OPEN", "CLOSED"], role: "TENDERS_OFFICER", to: "CANCELLED" },
  ],
});

export const AUCTION_EVENTS = ["edit", "open", "close", "award", "cancel"] as const;
export type AuctionEvent = (typeof AUCTION_EVENTS)[number];

/** An auction: no booklet; the session replaces the offers deadline. */
export const auctionWorkflow = defineWorkflow<TenderState, AuctionEvent, TenderRole, TenderCtx>({
  name: "auction",
  states: TENDER_STATES,
  events: AUCTION_EVENTS,
  rules: [
    { event: "edit", from: "ANNOUNCED", role: "TENDERS_OFFICER", to: "ANNOUNCED", when: before },
    { event: "edit", from: "OPEN", role: "TENDERS_OFFICER", to: "OPEN", when: before },
    { event: "open", from: "ANNOUNCED", role: "TENDERS_OFFICER", to: "OPEN", when: before },
    { event: "close", from: "OPEN", role: ["TENDERS_OFFICER", "SYSTEM"], to: "CLOSED", when: after },
    { event: "award", from: "CLOSED", role: "TENDERS_OFFICER", to: "AWARDED" },
    { event: "cancel", from: ["ANNOUNCED", "OPEN", "CLOSED"], role: "TENDERS_OFFICER", to: "CANCELLED" },
  ],
});

/** The steps staff take from a detail page (buyBooklet is the citizen's). */
export const STAFF_STEPS = ["open", "close", "award", "cancel"] as const;
export type StaffStep = (typeof STAFF_STEPS)[number];

/** The time context of a tender at `now`. */
export function tenderCtx(t: { offersDeadline: Date }, now: Date): TenderCtx {
  return { beforeDeadline: now.getTime() < t.offersDeadline.getTime() };
}
export function auctionCtx(a: { sessionAt: Date }, now: Date): TenderCtx {
  return { beforeDeadline: now.getTime() < a.sessionAt.getTime() };
}
