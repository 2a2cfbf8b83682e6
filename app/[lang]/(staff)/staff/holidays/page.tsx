import type { Metadata } from "next";
import Link from "next/link";
import { HolidayForm } from "@/components/calendar/holiday-form";
import { CommandButton } from "@/components/forms/command-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { holidaysOfYear } from "@/lib/domain/calendar/queries";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { removeHolidayAction, saveHolidayAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("appointments:holidays.title") };
}

const day = (key: string) => new Date(`${key}T09:00:00Z`); // noon in Riyadh: the same date in every display

/**
 * The holiday calendar (issue 13), for administrators: a year's holidays, add, edit, remove. The commands audit each
 * change and reload the working-day calendar, so SLAs and the appointment slots offered follow at once.
 */
export default async function StaffHolidaysPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ year?: string; edit?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "calendar.holidays", `/${lang}/staff/holidays`);
  const t = getT(lang);
  const sp = await searchParams;
  const thisYear = Number(riyadhDay(new Date()).slice(0, 4));
  const asked = Number(sp.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const rows = await holidaysOfYear(actor, year);
  const editing = typeof sp.edit === "string" ? rows.find((r) => r.code === sp.edit) : undefined;
  const here = `/${lang}/staff/holidays?year=${year}`;
  return (
    <>
      <PageHeader title={t("appointments:holidays.title")} subtitle={t("appointments:holidays.subtitle")} />
      <Alert tone="info">{t("appointments:holidays.effect")}</Alert>
      <Card className="my-6" title={editing ? t("appointments:holidays.editTitle", { name: localName(lang, editing) }) : t("appointments:holidays.addTitle")}>
        <HolidayForm key={editing?.code ?? "new"} lang={lang} action={saveHolidayAction} cancelHref={here} initial={editing && { code: editing.code, nameAr: editing.nameAr, nameEn: editing.nameEn, startDate: editing.startDate, endDate: editing.endDate }} />
      </Card>
      <section aria-labelledby="holidays-year">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="holidays-year" className="text-base font-bold text-brand-900">{t("appointments:holidays.listTitle", { year: formatNumber(year, lang).replace(/[٬,]/g, "") })}</h2>
          <nav aria-label={t("appointments:holidays.year")} className="flex gap-2">
            <Link className={buttonClass("secondary")} href={`/${lang}/staff/holidays?year=${year - 1}`}>{t("appointments:holidays.prevYear")}</Link>
            <Link className={buttonClass("secondary")} href={`/${lang}/staff/holidays?year=${year + 1}`}>{t("appointments:holidays.nextYear")}</Link>
          </nav>
        </div>
        {rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5" data-testid="holidays-empty">{t("appointments:holidays.empty")}</p>
        ) : (
          <Table caption={t("appointments:holidays.listTitle", { year })} head={[t("appointments:holidays.nameAr"), t("appointments:holidays.nameEn"), t("appointments:holidays.startDate"), t("appointments:holidays.endDate"), t("appointments:holidays.days"), t("appointments:holidays.actions")]}>
            {rows.map((h) => (
              <tr key={h.code} data-testid="holiday-row" data-code={h.code} data-start={h.startDate} data-end={h.endDate}>
                <Td><span className="font-bold">{h.nameAr}</span><bdi dir="ltr" className="block text-xs text-slate-500">{h.code}</bdi></Td>
                <Td><bdi dir="ltr">{h.nameEn}</bdi></Td>
                <Td><DateText date={day(h.startDate)} lang={lang} /></Td>
                <Td><DateText date={day(h.endDate)} lang={lang} /></Td>
                <Td className="tabular-nums">{formatNumber(h.days, lang)}</Td>
                <Td>
                  <div className="flex flex-wrap gap-2">
                    <Link className={buttonClass("secondary")} href={`${here}&edit=${encodeURIComponent(h.code)}`} aria-label={`${t("appointments:holidays.edit")}: ${localName(lang, h)}`}>{t("appointments:holidays.edit")}</Link>
                    <CommandButton action={removeHolidayAction} input={{ code: h.code }} label={t("appointments:holidays.remove")} variant="danger" confirm={t("appointments:holidays.removeConfirm")} done={{ key: "appointments:holidays.removed" }} testId={`remove-${h.code}`} />
                  </div>
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}
