import { AppealBadge, OfficeStatusPill, PenaltyFacts, PenaltyKindBadge, PenaltyStatusBadge } from "@/components/supervision/penalty-parts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { officeCompliance } from "@/lib/domain/offices/queries/penalties";
import { formatGregorian } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { appealPenaltyAction } from "./actions";
import { AppealForm } from "./appeal-form";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officeCompliance");

export default async function CompliancePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  // offices.compliance stays open while the office is suspended: the manager must be able to appeal.
  const actor = await requirePageActor(lang, "offices.compliance", `/${lang}/office/compliance`);
  const t = getT(lang);
  const c = await officeCompliance(actor);
  return (
    <>
      <PageHeader
        title={t("penalties:compliance.title")}
        subtitle={<span className="flex flex-wrap items-center gap-2">{localName(lang, c.office)} <OfficeStatusPill t={t} status={c.office.status} /></span>}
      />
      <p className="-mt-2 mb-6 text-sm text-slate-600">{t("penalties:compliance.subtitle")}</p>
      {c.penalties.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="compliance-empty">{t("penalties:compliance.empty")}</p>
      ) : (
        <div className="space-y-6">
          {c.penalties.map((p) => {
            return (
              <Card
                key={p.id}
                title={<span className="flex flex-wrap items-center gap-2"><bdi dir="ltr" className="tabular-nums">{p.number}</bdi><PenaltyKindBadge t={t} kind={p.kind} /><PenaltyStatusBadge t={t} status={p.status} />{p.appeal && <AppealBadge t={t} status={p.appeal.status} />}</span>}
              >
                <div className="grid gap-6 lg:grid-cols-2" data-testid="compliance-penalty" data-number={p.number}>
                  <div>
                    <PenaltyFacts t={t} lang={lang} p={p} showOffice={false} />
                    {p.bill && (
                      <div className="mt-4 rounded-lg border border-sand-200 bg-sand-50 p-4" data-testid="fine-bill" data-status={p.bill.status}>
                        <p className="text-sm text-slate-600">{t("penalties:compliance.payFine")}</p>
                        <p className="mt-1 flex flex-wrap items-center gap-3">
                          <bdi dir="ltr" className="text-xl font-bold tabular-nums text-brand-900" data-testid="fine-bill-number">{p.bill.number}</bdi>
                          <span className="font-bold tabular-nums">{formatHalalas(p.bill.totalHalalas, lang)}</span>
                          <Badge tone={p.bill.status === "PAID" ? "green" : p.bill.status === "UNPAID" ? "amber" : "slate"} status={p.bill.status} testId="fine-bill-status">
                            {t(p.bill.status === "PAID" ? "penalties:compliance.billPaid" : p.bill.status === "UNPAID" ? "penalties:compliance.billUnpaid" : "penalties:compliance.billCancelled")}
                          </Badge>
                        </p>
                      </div>
                    )}
                  </div>
                  <div>
                    {p.appeal ? (
                      <div className="rounded-lg bg-sand-50 p-4 text-sm">
                        <p className="font-bold text-slate-800">{t("penalties:penaltiesPage.appealReason")}</p>
                        <p dir="auto" className="mt-1 whitespace-pre-line text-start">{p.appeal.reason}</p>
                        {p.appeal.decisionNote && <p className="mt-3"><span className="font-bold">{t("penalties:compliance.decisionNote")}:</span> {p.appeal.decisionNote}</p>}
                      </div>
                    ) : p.availableEvents.includes("appeal") ? (
                      <>
                        <p className="mb-3 text-sm text-slate-700">{t("penalties:fields.appealUntil")}: <strong>{p.appealUntil && formatGregorian(p.appealUntil, lang)}</strong></p>
                        <AppealForm penaltyId={p.id} number={p.number} action={appealPenaltyAction} />
                      </>
                    ) : p.status === "CONFIRMED" ? (
                      <p className="text-sm text-slate-600">{t("penalties:compliance.appealClosed")}</p>
                    ) : null}
                  </div>
                </div>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
