"use server";
// no-revalidate: a look-up (useActionState); the answer is the action's result.

import { headers } from "next/headers";
import { runPublicAction } from "@/lib/actions/run-action";
import { currentActor } from "@/lib/auth/require-actor";
import { inquire, type InquiryOutcome } from "@/lib/domain/inquiry/inquire";
import { requestInquiryOwnerCode, verifyInquiryOwnerCode } from "@/lib/domain/inquiry/commands/owner-code";
import { clientIp } from "@/lib/http/client-ip";
import { isLang } from "@/lib/i18n/settings";
import { renderInquiry, type InquiryFormValues, type OwnerStage } from "./view";
import type { ReactNode } from "react";

export type InquiryState = { attempt: number; view: ReactNode };

const str = (v: FormDataEntryValue | null, max = 64) => (typeof v === "string" ? v.slice(0, max) : "");

/**
 * The one inquiry, POSTed (issue 13): numbers and IDs travel in the body, never in a URL. Every press looks the
 * record up again (one point of the per-client limit); "send a code" and "show details" then go through the
 * public owner-code commands, which send the code only to the mobile on the record.
 */
export async function inquiryAction(lang: string, prev: InquiryState, formData: FormData): Promise<InquiryState> {
  const language = isLang(lang) ? lang : "ar";
  const values: InquiryFormValues = { kind: str(formData.get("kind"), 20), number: str(formData.get("number")), nationalId: str(formData.get("nationalId"), 32), code: str(formData.get("code"), 12) };
  const intent = str(formData.get("intent"), 10);
  const parsed = { kind: values.kind, number: values.number, nationalId: values.nationalId };
  let outcome: InquiryOutcome | null = await inquire(parsed, clientIp(await headers()), await currentActor());
  let fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  let stage: OwnerStage = "none";
  if (outcome.status === "INVALID") {
    fieldErrors = outcome.fieldErrors;
    outcome = null;
  } else if (outcome.status === "FOUND" && intent === "sendCode") {
    const r = await runPublicAction(requestInquiryOwnerCode, { ...parsed, locale: language });
    if (r.ok) stage = "codeSent";
    else formError = r.formError;
  } else if (outcome.status === "FOUND" && intent === "verify") {
    const r = await runPublicAction(verifyInquiryOwnerCode, { ...parsed, code: values.code, locale: language });
    if (r.ok) outcome = { status: "FOUND", answer: r.data };
    else {
      fieldErrors = r.fieldErrors ?? {};
      formError = r.fieldErrors ? undefined : r.formError;
      stage = "codeSent";
    }
  }
  const attempt = (Number(prev?.attempt) || 0) + 1;
  const signInHref = `/${language}/sign-in?callbackUrl=${encodeURIComponent(`/${language}/inquiry`)}`;
  return { attempt, view: renderInquiry(language, { values, fieldErrors, formError, attempt, outcome, stage, signInHref }) };
}
