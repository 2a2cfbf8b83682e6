import Link from "next/link";
import { VerifyNotFound } from "@/components/shells/verify-not-found";
import { getT } from "@/lib/i18n/server";
import { requestLang } from "@/lib/i18n/request-lang";

/** An unknown receipt code: a clear answer (HTTP 404) inside the public layout. */
export default async function ReceiptNotFound() {
  const lang = await requestLang();
  const t = getT(lang);
  return (
    <VerifyNotFound title={t("payments:verify.title")} heading={t("payments:verify.notFoundTitle")} body={t("payments:verify.notFoundBody")} testId="receipt-not-found">
      <p className="mt-6 text-sm">
        <Link className="font-bold text-brand-700 underline" href={`/${lang}/bills/inquiry`}>{t("payments:verify.inquiryLink")}</Link>
      </p>
    </VerifyNotFound>
  );
}
