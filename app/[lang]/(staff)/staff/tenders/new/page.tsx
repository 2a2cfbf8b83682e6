import type { Metadata } from "next";
import { TenderForm } from "@/components/tenders/tender-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { publishingMunicipalities } from "@/lib/domain/tenders/queries/tenders";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { publishTenderAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("tenders:staff.newTenderTitle") };
}

export default async function NewTenderPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "tenders.manage", `/${lang}/staff/tenders/new`);
  const t = getT(lang);
  const municipalities = (await publishingMunicipalities(actor)).map((m) => ({ id: m.id, name: localName(lang, m) }));
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <PageHeader title={t("tenders:staff.newTenderTitle")} subtitle={t("tenders:staff.newTenderSubtitle")} />
      <Card>
        <TenderForm lang={lang} municipalities={municipalities} action={publishTenderAction} />
      </Card>
    </div>
  );
}
