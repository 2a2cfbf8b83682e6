import type { Metadata } from "next";
import { PermitForm } from "@/components/permits/forms";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { permitFormOptions } from "@/lib/domain/permits/queries/permits";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { savePermitAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:office.newTitle") };
}

/** A new permit for a parcel whose owner authorized this office. */
export default async function NewPermitPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ auth?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "permits.office.prepare", `/${lang}/office/permits/new`);
  const t = getT(lang);
  const { auth } = await searchParams;
  const options = await permitFormOptions(actor);
  const authorizationId = options.authorizations.some((a) => a.id === auth) ? (auth as string) : "";
  return (
    <>
      <PageHeader title={t("permits:office.newTitle")} subtitle={t("permits:office.newSubtitle")} />
      <PermitForm lang={lang} kinds={options.kinds} authorizations={options.authorizations} initial={{ authorizationId }} stored={[]} action={savePermitAction} />
    </>
  );
}
