"use server";
// no-revalidate: a look-up (useActionState); the answer is the action's result.

import { headers } from "next/headers";
import { fromZodError } from "@/lib/action-result";
import { inquireBill, type InquiryResult } from "@/lib/domain/payments/queries/public-bills";
import { ZBillInquiry } from "@/lib/domain/payments/schemas-ui";
import { clientIp } from "@/lib/http/client-ip";
import { isLang } from "@/lib/i18n/settings";
import { renderInquiry, type InquiryValues, type InquiryView } from "./view";

export type InquiryState = InquiryView & { attempt: number };

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.slice(0, 64) : "");

/**
 * The public bill inquiry, POSTed (issue 11): the payer's national ID or CR number travels in the request body,
 * never in a URL (address bar, history, Referer, access logs). Same validation, same neutral answer and the same
 * per-IP limit as before; the answer is rendered on the server and returned to the form.
 */
export async function inquireBillAction(lang: string, prev: InquiryState, formData: FormData): Promise<InquiryState> {
  const language = isLang(lang) ? lang : "ar";
  const values: InquiryValues = {
    billNumber: str(formData.get("billNumber")),
    payerType: formData.get("payerType") === "establishment" ? "establishment" : "person",
    nationalId: str(formData.get("nationalId")),
    crNumber: str(formData.get("crNumber")),
  };
  let fieldErrors: Record<string, string> = {};
  let result: InquiryResult | null = null;
  const parsed = ZBillInquiry.safeParse(values);
  if (!parsed.success) fieldErrors = fromZodError(parsed.error).fieldErrors;
  else result = await inquireBill(parsed.data, clientIp(await headers()));
  const attempt = (Number(prev?.attempt) || 0) + 1;
  return { ...renderInquiry(language, values, fieldErrors, true, result, attempt), attempt };
}
