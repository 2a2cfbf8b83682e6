import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import { Button } from "@/components/ui/button";
import { VERIFY_KINDS, verifyTarget } from "@/lib/domain/catalogue/verify-target";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("catalogue:verify.title"), robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Public: verification by the printed code for someone without a QR scanner (a GET form; no JavaScript needed). */
export default async function VerifyPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ kind?: string | string[]; code?: string | string[] }> }) {
  const lang = await langOf(params);
  const sp = await searchParams;
  const t = getT(lang);
  const target = verifyTarget(one(sp.kind), one(sp.code));
  if (target.ok) redirect(`/${lang}${target.path}`);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("catalogue:verify.title")}</h1>
      <p className="mt-1 text-slate-600">{t("catalogue:verify.intro")}</p>
      <form method="get" action={`/${lang}/verify`} className="mt-6 space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" data-testid="verify-form">
        <PlainSelect name="kind" label={t("catalogue:verify.kind")} defaultValue={one(sp.kind) ?? "license"} options={VERIFY_KINDS.map((k) => ({ value: k, label: t(`catalogue:verify.kinds.${k}`) }))} />
        <PlainField name="code" label={t("catalogue:verify.code")} hint={t("catalogue:verify.codeHint")} defaultValue={one(sp.code) ?? ""} dir="ltr" autoComplete="off" error={target.error === "code" ? t("catalogue:verify.codeRequired") : undefined} />
        <Button type="submit">{t("catalogue:verify.submit")}</Button>
      </form>
    </div>
  );
}
