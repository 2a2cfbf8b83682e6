import type { Metadata } from "next";
import { ServiceForm, EMPTY_SERVICE } from "@/components/catalogue/service-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { createServiceAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("catalogue:admin.newTitle") };
}

/** Administrators: a new catalogue entry, saved as a draft. */
export default async function NewServicePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  await requirePageActor(lang, "catalogue.manage", `/${lang}/staff/catalogue/new`);
  const t = getT(lang);
  return (
    <>
      <PageHeader title={t("catalogue:admin.newTitle")} actions={<ButtonLink variant="ghost" href={`/${lang}/staff/catalogue`}>{t("catalogue:admin.backToList")}</ButtonLink>} />
      <div className="rounded-xl border border-sand-200 bg-white p-5">
        <ServiceForm mode="create" initial={EMPTY_SERVICE} action={createServiceAction} lang={lang} />
      </div>
    </>
  );
}
