/**
 * The one shape of every workflow (issue 10): an entity with a status — a license application, a complaint, a
 * violation, an office's accreditation, a penalty, an appeal, a health certificate, a building permit — states
 * its rules as a table, and everything else asks the table:
 *
 * - a command calls `transition(from, event, roles, ctx)` and writes the result with the old status in the
 *   `where` (optimistic lock; `fromStates(event)` gives the `in` list for bulk updates), so two concurrent steps
 *   cannot both succeed;
 * - a query puts `availableEvents(state, roles, ctx)` (or `can(…)`) in its DTO, and the page shows the actions the
 *   DTO says — a page never restates a rule ("may withdraw while DRAFT or SUBMITTED…").
 *
 * Pure: no I/O, no clock (time rules arrive through `ctx`). A rule names the roles that may take it; `SYSTEM`
 * (jobs, the bank's notification) is a role like any other. `when` narrows a rule by context (an appeal window
 * still open, an office suspended). `to` may depend on the context (a health activity adds a step).
 */

export type WorkflowRule<S extends string, E extends string, R extends string, C> = {
  event: E;
  from: S | readonly S[];
  role: R | readonly R[];
  to: S | ((ctx: C) => S);
  /** The rule applies only when this holds (e.g. within the appeal window). */
  when?: (ctx: C) => boolean;
};

export type TransitionResult<S extends string, R extends string> =
  | { ok: true; to: S }
  /** NOT_ALLOWED: the event is not possible in this state (or its condition does not hold). WRONG_ROLE: possible, for another role. */
  | { ok: false; reason: "NOT_ALLOWED" | "WRONG_ROLE"; role?: R };

export type Workflow<S extends string, E extends string, R extends string, C> = {
  readonly name: string;
  readonly states: readonly S[];
  readonly events: readonly E[];
  /** May any of `roles` (an actor's roles may include others) take `event` from `from`, and where does it lead? */
  transition(from: S, event: E, roles: R | readonly string[], ctx: C): TransitionResult<S, R>;
  /** The events any of `roles` may take in `state` (what a page offers), in the table's order, without repeats. */
  availableEvents(state: S, roles: R | readonly string[], ctx: C): E[];
  can(state: S, event: E, roles: R | readonly string[], ctx: C): boolean;
  /** The states `event` can start from, whoever takes it (for `status: { in: … }` locks and queue filters). */
  fromStates(event: E): S[];
  /** One row per (event, from, role), for tests and documentation. */
  rules(): { event: E; from: S; role: R }[];
};

const list = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? (x as readonly T[]) : [x as T]);

export function defineWorkflow<S extends string, E extends string, R extends string, C = undefined>(def: {
  name: string;
  states: readonly S[];
  events: readonly E[];
  rules: readonly WorkflowRule<S, E, R, C>[];
}): Workflow<S, E, R, C> {
  // Refuse a table that names an unknown state or event: a typo must fail at import, in every test.
  for (const r of def.rules) {
    if (!def.events.includes(r.event)) throw new Error(`workflow ${def.name}: unknown event ${r.event}`);
    for (const s of list(r.from)) if (!def.states.includes(s)) throw new Error(`workflow ${def.name}: unknown state ${s}`);
    if (typeof r.to === "string" && !def.states.includes(r.to)) throw new Error(`workflow ${def.name}: unknown state ${r.to}`);
  }
  const matching = (from: S, event: E) => def.rules.filter((r) => r.event === event && list(r.from).includes(from));

  function transition(from: S, event: E, roles: R | readonly string[], ctx: C): TransitionResult<S, R> {
    const candidates = matching(from, event).filter((r) => !r.when || r.when(ctx));
    if (candidates.length === 0) return { ok: false, reason: "NOT_ALLOWED" };
    const mine: readonly string[] = list<string>(roles);
    const rule = candidates.find((r) => list(r.role).some((role) => mine.includes(role)));
    if (!rule) return { ok: false, reason: "WRONG_ROLE", role: list(candidates[0]!.role)[0] };
    const to = typeof rule.to === "function" ? rule.to(ctx) : rule.to;
    if (!def.states.includes(to)) throw new Error(`workflow ${def.name}: ${event} from ${from} leads to unknown state ${to}`);
    return { ok: true, to };
  }

  return {
    name: def.name,
    states: def.states,
    events: def.events,
    transition,
    availableEvents(state, roles, ctx) {
      const out: E[] = [];
      for (const e of def.events) if (!out.includes(e) && transition(state, e, roles, ctx).ok) out.push(e);
      return out;
    },
    can: (state, event, roles, ctx) => transition(state, event, roles, ctx).ok,
    fromStates(event) {
      return def.states.filter((s) => matching(s, event).length > 0);
    },
    rules() {
      return def.rules.flatMap((r) => list(r.from).flatMap((from) => list(r.role).map((role) => ({ event: r.event, from, role }))));
    },
  };
}
