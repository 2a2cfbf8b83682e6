"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { addOfficeMember, removeOfficeMember } from "@/lib/domain/offices/commands/manage-staff";
import { revokeOfficeInvitation } from "@/lib/domain/offices/commands/invitations";

const done = <R extends { ok: boolean }>(r: R) => {
  if (r.ok) revalidatePath("/[lang]/office/team");
  return r;
};
export async function addMemberAction(input: unknown) { return done(await runAction(addOfficeMember, input)); }
export async function removeMemberAction(input: unknown) { return done(await runAction(removeOfficeMember, input)); }
export async function revokeInvitationAction(input: unknown) { return done(await runAction(revokeOfficeInvitation, input)); }
