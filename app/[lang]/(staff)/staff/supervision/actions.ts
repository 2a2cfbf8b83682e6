"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { approveAccreditation, rejectAccreditation } from "@/lib/domain/offices/commands/decide-accreditation";
import { answerOfficeFeedback } from "@/lib/domain/offices/commands/feedback";
import { verifyOfficeMember } from "@/lib/domain/offices/commands/manage-staff";
import { recordAttendance, registerAttendees, scheduleWorkshop } from "@/lib/domain/offices/commands/training";

const done = <R extends { ok: boolean }>(r: R) => {
  if (r.ok) revalidatePath("/[lang]/staff/supervision", "layout");
  return r;
};
export async function approveAccreditationAction(input: unknown) { return done(await runAction(approveAccreditation, input)); }
export async function rejectAccreditationAction(input: unknown) { return done(await runAction(rejectAccreditation, input)); }
export async function verifyMemberAction(input: unknown) { return done(await runAction(verifyOfficeMember, input)); }
export async function scheduleWorkshopAction(input: unknown) { return done(await runAction(scheduleWorkshop, input)); }
export async function registerAttendeesAction(input: unknown) { return done(await runAction(registerAttendees, input)); }
export async function recordAttendanceAction(input: unknown) { return done(await runAction(recordAttendance, input)); }
export async function answerFeedbackAction(input: unknown) { return done(await runAction(answerOfficeFeedback, input)); }
