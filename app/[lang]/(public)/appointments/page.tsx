import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { listBookableServices } from "@/lib/domain/appointments/queries/appointments";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = pageTitle("appointmentServices");

/** The services anyone can see and book (booking itself needs signing in). */
export default async function AppointmentServicesPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const services = await listBookableServices();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader title={t("appointments:public.title")} subtitle={t("appointments:public.subtitle")} actions={<ButtonLink variant="secondary" href={`/${lang}/my/appointments`}>{t("appointments:public.myAppointments")}</ButtonLink>} />
      <Alert tone="info">{t("appointments:public.hours")}</Alert>
      {services.length === 0 ? (
        <p className="mt-6 rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("appointments:public.empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {services.map((s) => (
            <li key={s.id} data-testid="appointment-service">
              <Card title={localName(lang, s)}>
                <p className="text-slate-700">{localText(lang, s, "description")}</p>
                <dl className="mt-3 space-y-1 text-sm text-slate-600">
                  <div><dt className="inline font-bold">{t("appointments:public.branch")}: </dt><dd className="inline">{localName(lang, s.branch)} — {localText(lang, s.branch, "address")}</dd></div>
                  {s.department && <div><dt className="inline font-bold">{t("appointments:public.department")}: </dt><dd className="inline">{localName(lang, s.department)}</dd></div>}
                  <div>
                    <dt className="inline font-bold">{t("appointments:public.nextFree")}: </dt>
                    <dd className="inline">{s.nextFreeAt ? <DateText date={s.nextFreeAt} lang={lang} withTime /> : t("appointments:public.noFree")}</dd>
                  </div>
                </dl>
                <p className="mt-1 text-sm text-slate-600">{t("appointments:public.slotLength", { minutes: s.slotMinutes })}</p>
                <div className="mt-4">
                  <ButtonLink href={`/${lang}/my/appointments/book?service=${encodeURIComponent(s.code)}`}>{t("appointments:public.book")}</ButtonLink>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
