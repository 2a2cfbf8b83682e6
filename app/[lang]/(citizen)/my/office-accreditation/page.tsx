import { AccreditationForm } from "@/components/forms/deferred-forms/supervision";
import { AccreditationBadge } from "@/components/supervision/badges";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { municipalityOptions, myAccreditations } from "@/lib/domain/offices/queries/accreditations";
import { localName } from "@/lib/kernel/locale";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { applyAccreditationAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myOfficeAccreditation");

/** A citizen applies for the accreditation of their e-services office, and follows their requests. */
export default async function OfficeAccreditationPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.apply", `/${lang}/my/office-accreditation`);
  const t = getT(lang);
  const [amanahs, mine] = await Promise.all([municipalityOptions(), myAccreditations(actor)]);
  const open = mine.find((r) => r.open) ?? null;
  const amanahOptions = amanahs.map((a) => ({ id: a.id, name: localName(lang, a), municipalities: a.municipalities.map((m) => ({ id: m.id, name: localName(lang, m) })) }));
  return (
    <>
      <PageHeader title={t("supervision:apply.title")} subtitle={t("supervision:apply.subtitle")} />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <AccreditationForm amanahs={amanahOptions} openRequest={open?.number ?? null} action={applyAccreditationAction} />
        </Card>
        <Card title={t("supervision:apply.mine")}>
          {mine.length === 0 ? (
            <p className="text-slate-600">{t("supervision:apply.none")}</p>
          ) : (
            <ul className="space-y-3">
              {mine.map((r) => (
                <li key={r.number} data-testid="my-accreditation" className="rounded-lg border border-sand-200 p-4">
                  <div className="flex flex-wrap items-center gap-2">
                    <bdi dir="ltr" className="font-bold tabular-nums">{r.number}</bdi>
                    <AccreditationBadge t={t} status={r.status} />
                  </div>
                  <p className="mt-1 font-bold">{localName(lang, r.office)}</p>
                  <dl className="mt-2 grid grid-cols-2 gap-2 text-sm">
                    <div>
                      <dt className="text-slate-500">{t("supervision:fields.submittedAt")}</dt>
                      <dd><DateText date={r.submittedAt} lang={lang} /></dd>
                    </div>
                    {r.decidedAt && (
                      <div>
                        <dt className="text-slate-500">{t("supervision:apply.decidedAt")}</dt>
                        <dd><DateText date={r.decidedAt} lang={lang} /></dd>
                      </div>
                    )}
                  </dl>
                  {r.decisionReason && (
                    <p className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-900" data-testid="decision-reason">
                      <span className="font-bold">{t("supervision:apply.decisionReason")}: </span>
                      {r.decisionReason}
                    </p>
                  )}
                  {r.mayReapply && <p className="mt-2 text-sm text-slate-600">{t("supervision:apply.reapplyNote")}</p>}
                  {r.status === "APPROVED" && <p className="mt-2 text-sm text-brand-800">{t("supervision:apply.approvedNote")}</p>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
