import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/shells/site-footer";
import { SiteHeader } from "@/components/shells/site-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentActor } from "@/lib/auth/require-actor";
import { compactNumber } from "@/lib/kernel/check-digits";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { BankForm } from "./bank-form";
import { payBillAction } from "./actions";

/** The development bank (BANK_SIMULATOR=on only; 404 otherwise). ?bill=<number> pre-fills the form. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("payments:bank.title"), robots: { index: false } };
}

export default async function DevBankPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ bill?: string }> }) {
  const lang = await langOf(params);
  if (env().BANK_SIMULATOR !== "on") notFound();
  const { bill } = await searchParams;
  const actor = await currentActor();
  const t = getT(lang);
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader lang={lang} actor={actor} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        <PageHeader title={t("payments:bank.title")} subtitle={t("payments:bank.subtitle")} />
        <div className="mb-6">
          <Alert tone="warning" title={t("payments:bank.devOnly")} />
        </div>
        <Card>
          <BankForm lang={lang} action={payBillAction} initialBillNumber={typeof bill === "string" ? compactNumber(bill).slice(0, 20) : ""} />
        </Card>
      </main>
      <SiteFooter lang={lang} />
    </div>
  );
}
