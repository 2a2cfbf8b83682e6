"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { acceptOfficeInvitation, declineOfficeInvitation } from "@/lib/domain/offices/commands/invitations";

const done = <R extends { ok: boolean }>(r: R) => {
  if (r.ok) revalidatePath("/[lang]/my/invitations", "layout");
  return r;
};
export async function acceptInvitationAction(input: unknown) { return done(await runAction(acceptOfficeInvitation, input)); }
export async function declineInvitationAction(input: unknown) { return done(await runAction(declineOfficeInvitation, input)); }
