import type { Metadata } from "next";
import { AuctionForm } from "@/components/tenders/auction-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { publishingMunicipalities } from "@/lib/domain/tenders/queries/tenders";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { publishAuctionAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("tenders:staff.newAuctionTitle") };
}

export default async function NewAuctionPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "tenders.manage", `/${lang}/staff/auctions/new`);
  const t = getT(lang);
  const municipalities = (await publishingMunicipalities(actor)).map((m) => ({ id: m.id, name: localName(lang, m) }));
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <PageHeader title={t("tenders:staff.newAuctionTitle")} subtitle={t("tenders:staff.newAuctionSubtitle")} />
      <Card>
        <AuctionForm lang={lang} municipalities={municipalities} action={publishAuctionAction} />
      </Card>
    </div>
  );
}
