import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelAppointmentForm as CancelForm, RescheduleForm } from "@/components/forms/deferred-forms/appointments";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { freeSlots, myAppointment } from "@/lib/domain/appointments/queries/appointments";
import { qrText } from "@/lib/domain/appointments/rules";
import { slotDaysFor } from "@/lib/domain/appointments/slot-days";
import { qrSvgDataUrl } from "@/lib/domain/payments/receipt-qr";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { cancelAppointmentAction, rescheduleAppointmentAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const { number } = await params;
  return { title: getT(await langOf(params))("appointments:detail.title", { number: decodeURIComponent(number).slice(0, 16) }) };
}

/** One of the citizen's appointments: when and where, the QR code for the counter, the .ics file, reschedule and cancel until the cut-off. */
export default async function MyAppointmentPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const number = decodeURIComponent((await params).number).slice(0, 16);
  const actor = await requirePageActor(lang, "appointments.mine", `/${lang}/my/appointments/${encodeURIComponent(number)}`);
  const t = getT(lang);
  const a = await myAppointment(actor, number);
  if (!a) notFound();
  const canReschedule = a.actions.includes("reschedule");
  const canCancel = a.actions.includes("cancel");
  const [qr, days] = await Promise.all([
    a.status === "BOOKED" ? qrSvgDataUrl(qrText(a.qrToken)) : Promise.resolve(null),
    canReschedule ? freeSlots(a.service.id) : Promise.resolve([]),
  ]);
  const otherDays = days.map((d) => ({ ...d, slots: d.slots.filter((s) => s.startsAt.getTime() !== a.startsAt.getTime()) })).filter((d) => d.slots.length > 0);

  return (
    <>
      <div className="mb-4"><Link href={`/${lang}/my/appointments`} className={buttonClass("ghost")}>{t("appointments:detail.back")}</Link></div>
      <PageHeader title={t("appointments:detail.title", { number: a.number })} subtitle={localName(lang, a.service)} actions={<AppointmentStatusBadge lang={lang} status={a.status} />} />
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <Card>
          <dl className="space-y-3 text-sm">
            <div><dt className="font-bold text-slate-500">{t("appointments:my.when")}</dt><dd className="text-base font-bold text-brand-900" data-testid="appointment-when"><DateText date={a.startsAt} lang={lang} withTime /></dd></div>
            <div><dt className="font-bold text-slate-500">{t("appointments:my.branch")}</dt><dd>{localName(lang, a.branch)}</dd></div>
            <div><dt className="font-bold text-slate-500">{t("appointments:my.address")}</dt><dd>{localText(lang, a.branch, "address")}</dd></div>
            <div><dt className="font-bold text-slate-500">{t("appointments:my.purpose")}</dt><dd className="break-words">{a.purpose}</dd></div>
            {a.linkedKind && a.linkedRef && (
              <div><dt className="font-bold text-slate-500">{t("appointments:my.linked")}</dt><dd>{t(`appointments:linkKinds.${a.linkedKind as "COMPLAINT"}`)} <bdi dir="ltr">{a.linkedRef}</bdi></dd></div>
            )}
          </dl>
          <a href={`/${lang}/my/appointments/${encodeURIComponent(a.number)}/ics`} download={`${a.number}.ics`} className={buttonClass("secondary", "mt-4")} data-testid="ics-link">{t("appointments:detail.ics")}</a>
        </Card>
        {qr && (
          <Card title={t("appointments:detail.qrTitle")}>
            <div className="flex flex-col items-center gap-3 text-center">
              {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL rendered on the server */}
              <img src={qr} alt={t("appointments:detail.qrAlt", { number: a.number })} width={176} height={176} className="size-44" data-testid="appointment-qr" />
              <p className="text-sm text-slate-600">{t("appointments:detail.qrHint")}</p>
              <p className="text-xs text-slate-500">{t("appointments:detail.token")}</p>
              <bdi dir="ltr" className="max-w-full break-all rounded bg-sand-100 px-2 py-1 font-mono text-sm" data-testid="appointment-token">{a.qrToken}</bdi>
            </div>
          </Card>
        )}
      </div>
      {a.status === "BOOKED" && !canReschedule && <div className="mt-4"><Alert tone="info">{t("appointments:detail.cutoffPassed")}</Alert></div>}
      {canReschedule && (
        <Card title={t("appointments:detail.rescheduleTitle")} className="mt-4">
          <p className="mb-4 text-sm text-slate-600">{t("appointments:detail.rescheduleHint")}</p>
          {otherDays.length === 0 ? <Alert tone="info">{t("appointments:book.noSlots")}</Alert> : <RescheduleForm appointmentId={a.id} days={slotDaysFor(otherDays, lang)} action={rescheduleAppointmentAction} />}
        </Card>
      )}
      {canCancel && (
        <Card title={t("appointments:detail.cancelTitle")} className="mt-4">
          <CancelForm appointmentId={a.id} action={cancelAppointmentAction} />
        </Card>
      )}
    </>
  );
}
