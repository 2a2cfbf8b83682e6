"use server";

import { runAction } from "@/lib/actions/run-action";
import { addOfficeMember, removeOfficeMember } from "@/lib/domain/offices/commands/manage-staff";
import { revokeOfficeInvitation } from "@/lib/domain/offices/commands/invitations";

// no-revalidate: the forms refresh the page themselves on success (router.refresh); the page is dynamic.
export async function addMemberAction(input: unknown) { return runAction(addOfficeMember, input); }
export async function removeMemberAction(input: unknown) { return runAction(removeOfficeMember, input); }
export async function revokeInvitationAction(input: unknown) { return runAction(revokeOfficeInvitation, input); }
