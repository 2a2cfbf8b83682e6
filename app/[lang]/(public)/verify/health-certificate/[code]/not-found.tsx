import { VerifyNotFound } from "@/components/shells/verify-not-found";
import { getT } from "@/lib/i18n/server";
import { requestLang } from "@/lib/i18n/request-lang";

/** An unknown (or never issued) certificate code: a clear answer (HTTP 404) inside the public layout. */
export default async function HealthCertNotFound() {
  const t = getT(await requestLang());
  return <VerifyNotFound title={t("healthCerts:verify.title")} heading={t("healthCerts:verify.notFoundTitle")} body={t("healthCerts:verify.notFoundBody")} testId="cert-not-found" />;
}
