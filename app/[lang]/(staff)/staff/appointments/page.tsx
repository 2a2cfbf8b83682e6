import type { Metadata } from "next";
import { CheckInForm, NoShowButton, PublishForm } from "@/components/appointments/counter-forms";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { can, requirePageActor } from "@/lib/auth/require-actor";
import { counterDay, counterServices } from "@/lib/domain/appointments/queries/appointments";
import { holidayOn } from "@/lib/domain/calendar/queries";
import { formatDual } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { TIME_ZONE } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import { isWorkingDay } from "@/lib/kernel/working-days";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";
import { checkInAction, noShowAction, publishSlotsAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("appointments:counter.title") };
}

/** The counter's day view: check-in by QR token, the day's appointments with no-show, and publishing slots. */
export default async function CounterPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ date?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "appointments.counter", `/${lang}/staff/appointments`);
  const t = getT(lang);
  const today = riyadhDay(new Date());
  const asked = String((await searchParams).date ?? "");
  const date = /^\d{4}-\d{2}-\d{2}$/.test(asked) && Number.isFinite(Date.parse(asked)) ? asked : today;
  const [rows, services, holiday] = await Promise.all([counterDay(actor, date), can(actor, "appointments.publish") ? counterServices(actor) : Promise.resolve([]), holidayOn(date)]);
  const noon = riyadhInstant(date, 12 * 60);
  const time = new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-nu-latn" : "en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: lang === "ar" });
  const dual = formatDual(noon, lang);

  return (
    <>
      <PageHeader title={t("appointments:counter.title")} subtitle={t("appointments:counter.subtitle")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("appointments:counter.checkInTitle")}>
          <CheckInForm lang={lang} action={checkInAction} />
        </Card>
        <Card title={t("appointments:counter.date")}>
          <form method="get" className="flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1 text-sm font-bold text-slate-800">
              {t("appointments:counter.date")}
              <input type="date" name="date" defaultValue={date} dir="ltr" className="min-h-11 rounded-lg border border-sand-300 px-3" />
            </label>
            <Button type="submit" variant="secondary">{t("appointments:counter.show")}</Button>
          </form>
          <p className="mt-3 text-sm text-slate-600" data-testid="counter-date">{dual.gregorian} · {dual.hijri}</p>
          {holiday ? <div className="mt-3"><Alert tone="warning">{t("appointments:counter.holiday", { name: localName(lang, holiday) })}</Alert></div> : !isWorkingDay(noon) && <div className="mt-3"><Alert tone="info">{t("appointments:counter.weekend")}</Alert></div>}
        </Card>
      </div>

      <section className="mt-6" aria-labelledby="day-title">
        <h2 id="day-title" className="mb-3 text-lg font-bold text-brand-900">{t("appointments:counter.listTitle")}</h2>
        {rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("appointments:counter.empty")}</p>
        ) : (
          <Table
            caption={t("appointments:counter.listTitle")}
            head={[t("appointments:counter.time"), t("appointments:counter.citizen"), t("appointments:counter.service"), t("appointments:counter.number"), t("appointments:counter.status"), t("appointments:counter.actions")]}
          >
            {rows.map((r) => (
              <tr key={r.id} data-testid="counter-row" data-number={r.number}>
                <Td><bdi dir="ltr" className="tabular-nums">{time.format(r.startsAt)}</bdi></Td>
                <Td>{localName(lang, r.citizen)}<p className="break-words text-xs text-slate-500">{r.purpose}</p></Td>
                <Td>{localName(lang, r.service)}<p className="text-xs text-slate-500">{localName(lang, r.branch)}</p></Td>
                <Td><bdi dir="ltr" className="tabular-nums">{r.number}</bdi></Td>
                <Td><AppointmentStatusBadge lang={lang} status={r.status} /></Td>
                <Td>{r.canNoShow && <NoShowButton appointmentId={r.id} label={t("appointments:counter.noShow")} action={noShowAction} />}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      {services.length > 0 && (
        <Card title={t("appointments:counter.publishTitle")} className="mt-6">
          <p className="mb-4 text-sm text-slate-600">{t("appointments:counter.publishHint")}</p>
          <PublishForm services={services.map((s) => ({ value: s.id, label: `${localName(lang, s)} — ${localName(lang, s.branch)}` }))} today={today} action={publishSlotsAction} />
        </Card>
      )}
    </>
  );
}
