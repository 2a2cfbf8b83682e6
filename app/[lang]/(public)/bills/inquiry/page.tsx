import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { inquireBillAction } from "./actions";
import { InquiryForm } from "./inquiry-form";
import { EMPTY_INQUIRY, renderInquiry } from "./view";
import { pageTitle } from "@/lib/i18n/page-title";

// The answer names a payer's bill: never send the page to another site in a Referer, never index it.
export const generateMetadata = pageTitle("billInquiry", undefined, { referrer: "no-referrer", robots: { index: false, follow: false } });

/**
 * Public bill inquiry (no sign-in): a POST form (a server action, issue 11: the payer's ID never appears in a
 * URL), validated on the server with the shared zod schema. A bill is shown only when its number AND its payer
 * match; every other case gets the same neutral answer, and inquiries are rate-limited per IP address.
 */
export default async function BillInquiryPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const initial = { ...renderInquiry(lang, EMPTY_INQUIRY, {}, false, null), attempt: 0 };
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("payments:inquiry.title")}</h1>
      <p className="mt-1 text-slate-600">{t("payments:inquiry.subtitle")}</p>
      <InquiryForm action={inquireBillAction.bind(null, lang)} initial={initial} labelledBy="inquiry-form-title" />
    </div>
  );
}
