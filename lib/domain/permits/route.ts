/**
 * Which department reviews a permit next (pure). The kind's route is data (PermitKindDepartment, in order).
 * Rules (docs/decisions/016-permit-workflow.md):
 * - submission: the first department of the route;
 * - accept: the next department of the route that has not accepted yet (a department that accepted once stays
 *   accepted across returns and transfers); none left → the route is complete;
 * - transfer: the department named by the reviewer (on the route or not), with notes and attachments; when it
 *   accepts, the permit continues with the first route department that has not accepted (often the sender);
 * - resubmission after a return: the department that returned it.
 */
export function nextRouteDepartment(route: readonly string[], accepted: ReadonlySet<string>): string | null {
  return route.find((d) => !accepted.has(d)) ?? null;
}

/** After `deciding` accepts: where the permit goes (null: every route department accepted). */
export function afterAccept(route: readonly string[], accepted: ReadonlySet<string>, deciding: string): string | null {
  return nextRouteDepartment(route, new Set([...accepted, deciding]));
}
