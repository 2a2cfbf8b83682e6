"use server";
// no-revalidate: a search (it only writes the access log); the answer is the action's result.

import { runAction } from "@/lib/actions/run-action";
import { searchPermitsForUtility } from "@/lib/domain/permits/electricity/commands/search-permits";

/** One permit search by an electricity company employee (purpose-bound, written to the access log). */
export async function searchPermitsAction(input: unknown) { return runAction(searchPermitsForUtility, input); }
