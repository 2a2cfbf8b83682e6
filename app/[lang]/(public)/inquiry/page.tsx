import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { inquiryAction } from "./actions";
import { InquiryForm } from "./inquiry-form";
import { EMPTY_VALUES, renderInquiry } from "./view";

// Answers may name a person's record: never send the page elsewhere in a Referer, never index it.
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("inquiry:title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/**
 * The one inquiry page (الاستعلام, issue 13): a kind from the registry (lib/domain/inquiry/registry.ts) and a
 * number. A stranger sees the status and what a certificate already shows; the owner's details need the owner
 * signed in or a code sent to the owner's mobile. Rate-limited per client address.
 */
export default async function InquiryPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ kind?: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const { kind } = await searchParams;
  const values = { ...EMPTY_VALUES, kind: typeof kind === "string" ? kind.slice(0, 20) : EMPTY_VALUES.kind };
  const signInHref = `/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/inquiry`)}`;
  const initial = { attempt: 0, view: renderInquiry(lang, { values, fieldErrors: {}, attempt: 0, outcome: null, stage: "none", signInHref }) };
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("inquiry:title")}</h1>
      <p className="mt-1 text-slate-600">{t("inquiry:subtitle")}</p>
      <InquiryForm action={inquiryAction.bind(null, lang)} initial={initial} />
    </div>
  );
}
