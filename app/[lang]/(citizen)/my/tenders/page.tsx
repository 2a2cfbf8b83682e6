import type { Metadata } from "next";
import Link from "next/link";
import { SubscriptionsForm } from "@/components/forms/deferred-forms/tenders";
import { TenderStatusBadge } from "@/components/tenders/parts";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { myTenders } from "@/lib/domain/tenders/queries/tenders";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localText } from "@/lib/kernel/locale";
import { saveSubscriptionsAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("tenders:my.title") };
}

/** A citizen's (or business owner's) booklets and activity alerts. */
export default async function MyTendersPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "tenders.mine", `/${lang}/my/tenders`);
  const t = getT(lang);
  const { booklets, subscriptions } = await myTenders(actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t("tenders:my.title")} subtitle={t("tenders:my.subtitle")} actions={<ButtonLink variant="secondary" href={`/${lang}/tenders`}>{t("tenders:my.browse")}</ButtonLink>} />
      <Card title={t("tenders:my.subscriptions")}>
        <p className="mb-3 text-sm text-slate-700">{t("tenders:my.subscriptionsHint")}</p>
        <SubscriptionsForm current={subscriptions} action={saveSubscriptionsAction} />
      </Card>
      <section aria-labelledby="booklets-title">
        <h2 id="booklets-title" className="mb-3 text-lg font-bold text-brand-900">{t("tenders:my.booklets")}</h2>
        {booklets.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("tenders:my.noBooklets")}</p>
        ) : (
          <Table caption={t("tenders:my.booklets")} head={[t("tenders:fields.number"), t("tenders:fields.title"), t("tenders:fields.status"), t("tenders:staff.billNumber"), t("tenders:my.boughtFor")]}>
            {booklets.map((b) => (
              <tr key={b.tenderNumber} data-testid="my-booklet" data-paid={b.paid ? "yes" : "no"}>
                <Td><Link className="font-mono font-bold text-brand-700 underline" dir="ltr" href={`/${lang}/tenders/${b.tenderNumber}`}>{b.tenderNumber}</Link></Td>
                <Td>{localText(lang, b, "title")}</Td>
                <Td><TenderStatusBadge lang={lang} status={b.status} /></Td>
                <Td><Link className="font-mono text-brand-700 underline" dir="ltr" href={`/${lang}/my/bills/${b.billNumber}`}>{b.billNumber}</Link> · {b.paid ? t("tenders:staff.paid") : t("tenders:staff.unpaid")}</Td>
                <Td>{b.crNumber ? <bdi dir="ltr">{b.crNumber}</bdi> : t("tenders:detail.buySelf")}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}
