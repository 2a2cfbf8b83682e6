import type { Metadata } from "next";
import Link from "next/link";
import { BookForm } from "@/components/forms/deferred-forms/appointments";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { myLinkables } from "@/lib/domain/appointments/linkable";
import { freeSlots, getBookableService } from "@/lib/domain/appointments/queries/appointments";
import { slotDaysFor } from "@/lib/domain/appointments/slot-days";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { bookAppointmentAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("appointments:book.title") };
}

/** Booking one service: its free times (working days only), the purpose, optionally one of the citizen's transactions. */
export default async function BookAppointmentPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ service?: string }> }) {
  const lang = await langOf(params);
  const code = String((await searchParams).service ?? "").slice(0, 32);
  const actor = await requirePageActor(lang, "appointments.book", `/${lang}/my/appointments/book?service=${encodeURIComponent(code)}`);
  const t = getT(lang);
  const service = code ? await getBookableService(code) : null;
  if (!service) {
    return (
      <>
        <PageHeader title={t("appointments:book.title")} />
        <Alert tone="warning">{t("appointments:book.serviceNotFound")}</Alert>
        <Link href={`/${lang}/appointments`} className={buttonClass("secondary", "mt-4")}>{t("appointments:book.back")}</Link>
      </>
    );
  }
  const [days, linkables] = await Promise.all([freeSlots(service.id), myLinkables(actor)]);
  return (
    <>
      <PageHeader title={`${t("appointments:book.title")}: ${localName(lang, service)}`} subtitle={t("appointments:book.subtitle")} />
      <Card title={localName(lang, service.branch)}>
        <p className="mb-4 text-sm text-slate-600">{localText(lang, service.branch, "address")} · {localText(lang, service, "description")}</p>
        {days.length === 0 ? (
          <Alert tone="info">{t("appointments:book.noSlots")}</Alert>
        ) : (
          <BookForm lang={lang} days={slotDaysFor(days, lang)} linkables={linkables.map((l) => ({ value: l.value, label: `${t(`appointments:linkKinds.${l.kind}`)} ${l.ref}${l.label ? ` — ${l.label}` : ""}` }))} action={bookAppointmentAction} />
        )}
      </Card>
    </>
  );
}
