import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BuyBookletForm } from "@/components/forms/deferred-forms/tenders";
import { NoticeSlot } from "@/components/forms/notice-slot";
import { activityName, TenderStatusBadge } from "@/components/tenders/parts";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { currentActor } from "@/lib/auth/require-actor";
import { getTender } from "@/lib/domain/tenders/queries/tenders";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { buyBookletAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const lang = await langOf(params);
  const { number } = await params;
  const tender = await getTender(number, null);
  return { title: tender ? `${tender.number} — ${localText(lang, tender, "title")}` : getT(lang)("tenders:public.title") };
}

/** Public: one tender — its dates, booklet price, status and result; a signed-in citizen buys the booklet here. */
export default async function TenderPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const t = getT(lang);
  const actor = await currentActor();
  const tender = await getTender(number, actor);
  if (!tender) notFound();
  const signInHref = `/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/tenders/${tender.number}`)}`;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <Link href={`/${lang}/tenders`} className="text-sm font-bold text-brand-700 underline">{t("tenders:detail.back")}</Link>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <bdi dir="ltr" className="font-mono text-sm font-bold text-slate-600" data-testid="tender-number">{tender.number}</bdi>
        <TenderStatusBadge lang={lang} status={tender.status} />
      </div>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 sm:text-3xl">{localText(lang, tender, "title")}</h1>
      <p className="mt-3 whitespace-pre-line text-slate-700">{localText(lang, tender, "description")}</p>

      <div className="mt-6 grid gap-5 md:grid-cols-2">
        <Card title={t("tenders:detail.dates")}>
          <dl className="grid gap-4">
            <Fact label={t("tenders:fields.questionsUntil")}><DateText date={tender.questionsUntil} lang={lang} withTime /></Fact>
            <Fact label={t("tenders:fields.offersDeadline")}><DateText date={tender.offersDeadline} lang={lang} withTime /></Fact>
            <Fact label={t("tenders:fields.openingAt")}><DateText date={tender.openingAt} lang={lang} withTime /></Fact>
          </dl>
        </Card>
        <Card>
          <dl className="grid gap-4">
            <Fact label={t("tenders:fields.activity")}>{activityName(lang, tender.activity)}</Fact>
            <Fact label={t("tenders:fields.municipality")}>{localName(lang, tender.municipality)}</Fact>
            <Fact label={t("tenders:fields.bookletPriceShort")}><span className="tabular-nums" data-testid="booklet-price">{formatHalalas(tender.bookletPriceHalalas, lang)}</span></Fact>
            <Fact label={t("tenders:fields.purchases")}><span className="tabular-nums">{tender.purchasesCount}</span></Fact>
          </dl>
        </Card>
      </div>

      {tender.awardedTo && (
        <section className="mt-6 rounded-xl border-2 border-brand-600 bg-brand-50 p-5" data-testid="tender-result" aria-labelledby="result-title">
          <h2 id="result-title" className="text-lg font-bold text-brand-900">{t("tenders:detail.result")}</h2>
          <dl className="mt-3 grid gap-4 sm:grid-cols-2">
            <Fact label={t("tenders:fields.awardedTo")}><span data-testid="awarded-to">{tender.awardedTo}</span></Fact>
            {tender.awardHalalas !== null && <Fact label={t("tenders:fields.awardAmountShort")}><span className="tabular-nums">{formatHalalas(tender.awardHalalas, lang)}</span></Fact>}
            {tender.awardedAt && <Fact label={t("tenders:fields.status")}><DateText date={tender.awardedAt} lang={lang} /></Fact>}
          </dl>
        </section>
      )}
      {tender.status === "CANCELLED" && <div className="mt-6"><Alert tone="warning" title={t("tenders:detail.cancelled")}>{tender.resultNote}</Alert></div>}

      <section className="mt-6 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="buy-title" data-testid="buy-section">
        <h2 id="buy-title" className="text-lg font-bold text-brand-900">{t("tenders:detail.buyTitle")}</h2>
        {/* The purchase replaces the form (the action revalidates this page): the form says its bill in this slot,
            which keeps its state through the re-render (decision 052; a public page has no signed-in shell). */}
        <NoticeSlot className="mt-3">
        {tender.myPurchase ? (
          <div className="mt-3 space-y-3" data-testid="my-purchase" data-paid={tender.myPurchase.paid ? "yes" : "no"}>
            <p>{t("tenders:detail.bought")} <bdi dir="ltr" className="font-mono font-bold" data-testid="booklet-bill">{tender.myPurchase.billNumber}</bdi></p>
            {tender.myPurchase.paid ? (
              <>
                <p className="font-bold text-brand-800">{t("tenders:detail.paid")}</p>
                {tender.myPurchase.bookletFileId && <ButtonLink href={`/api/files/${tender.myPurchase.bookletFileId}`}>{t("tenders:detail.download")}</ButtonLink>}
              </>
            ) : (
              <ButtonLink variant="secondary" href={`/${lang}/my/bills/${tender.myPurchase.billNumber}`}>{t("tenders:detail.payBill")}</ButtonLink>
            )}
          </div>
        ) : tender.canBuy ? (
          <div className="mt-3 space-y-3">
            <p className="text-sm text-slate-700">{t("tenders:detail.buyIntro")}</p>
            <BuyBookletForm tenderId={tender.id} establishments={tender.myEstablishments.map((e) => ({ crNumber: e.crNumber, name: localText(lang, e, "tradeName") }))} action={buyBookletAction} />
          </div>
        ) : !actor && tender.onSale ? (
          <p className="mt-3"><Link href={signInHref} className="font-bold text-brand-700 underline">{t("tenders:detail.signInToBuy")}</Link></p>
        ) : (
          <p className="mt-3 text-sm text-slate-700">{t("tenders:detail.notOnSale")}</p>
        )}
        </NoticeSlot>
      </section>
    </div>
  );
}
