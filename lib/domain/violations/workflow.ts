/**
 * The violation's states and the transitions the domain allows (pure).
 *
 *   ISSUED ──object──▶ OBJECTED ──accept──▶ CANCELLED
 *     │                   ├──reduce──▶ ISSUED (new, lower bill)
 *     │                   └──reject──▶ ISSUED (bill stands)
 *     └──pay──▶ PAID      OBJECTED ──pay──▶ PAID (the bill stays payable while an objection is pending)
 */
export type ViolationState = "ISSUED" | "OBJECTED" | "CANCELLED" | "PAID";
export type ViolationEvent = "object" | "accept" | "reduce" | "reject" | "pay";

const TRANSITIONS: Record<ViolationEvent, Partial<Record<ViolationState, ViolationState>>> = {
  object: { ISSUED: "OBJECTED" },
  accept: { OBJECTED: "CANCELLED" },
  reduce: { OBJECTED: "ISSUED" },
  reject: { OBJECTED: "ISSUED" },
  pay: { ISSUED: "PAID", OBJECTED: "PAID" },
};

/** The next state, or null when the event is not allowed in `from`. */
export function nextState(from: ViolationState, event: ViolationEvent): ViolationState | null {
  return TRANSITIONS[event][from] ?? null;
}

export const DECISIONS = ["ACCEPT", "REDUCE", "REJECT"] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_EVENT: Record<Decision, ViolationEvent> = { ACCEPT: "accept", REDUCE: "reduce", REJECT: "reject" };
export const DECISION_STATUS = { ACCEPT: "ACCEPTED", REDUCE: "REDUCED", REJECT: "REJECTED" } as const;
