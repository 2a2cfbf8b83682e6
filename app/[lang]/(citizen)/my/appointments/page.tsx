import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { myAppointments } from "@/lib/domain/appointments/queries/appointments";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("appointments:my.title") };
}

/** The citizen's appointments, upcoming first. */
export default async function MyAppointmentsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "appointments.mine", `/${lang}/my/appointments`);
  const t = getT(lang);
  const rows = await myAppointments(actor);
  return (
    <>
      <PageHeader title={t("appointments:my.title")} subtitle={t("appointments:my.subtitle")} actions={<ButtonLink href={`/${lang}/appointments`}>{t("appointments:my.bookNew")}</ButtonLink>} />
      {rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("appointments:my.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((a) => (
            <li key={a.id} data-testid="my-appointment">
              <Link href={`/${lang}/my/appointments/${encodeURIComponent(a.number)}`} className="block rounded-xl border border-sand-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs text-slate-500">{t("appointments:my.number")} <bdi dir="ltr" className="font-bold tabular-nums text-slate-700">{a.number}</bdi></p>
                    <p className="mt-1 font-bold text-brand-900">{localName(lang, a.service)}</p>
                    <p className="text-sm text-slate-600">{localName(lang, a.branch)}</p>
                  </div>
                  <AppointmentStatusBadge lang={lang} status={a.status} />
                </div>
                <p className="mt-2 text-sm text-slate-700"><DateText date={a.startsAt} lang={lang} withTime /></p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
