import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import { notFound } from "next/navigation";
import Link from "next/link";
import { KindBadge, SlaBadge } from "@/components/licensing-office/badges";
import { ApplicationStatusBadge } from "@/components/licensing/parts";
import { ApplicationFiles } from "@/components/licensing-office/files";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getOfficeApplication } from "@/lib/domain/licensing/queries/office-application";
import { STATE_HOLDER } from "@/lib/domain/licensing/workflow";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { formatNumber } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { StepActions } from "./step-actions";
import { localName, localText } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

const EVENTS = ["submit", "take", "accept", "return", "resubmit", "inspectPass", "inspectFail", "healthApprove", "approve", "reject", "pay", "withdraw", "reassign"] as const;
const ROLES = ["CITIZEN", "OFFICE_AGENT", "OFFICE_TECH_INSPECTOR", "OFFICE_HEALTH_SPECIALIST", "OFFICE_MANAGER", "SYSTEM"] as const;
const BILL_STATUSES = ["UNPAID", "PAID", "EXPIRED", "CANCELLED"] as const;

export const generateMetadata = pageTitle("officeApplication");

/** One application as its office sees it: establishment, documents, visits, history, and only the actions this member can take now. */
export default async function OfficeApplicationPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "licensing.office.queue", `/${lang}/office/applications/${id}`);
  const t = getT(lang);
  const app = await getOfficeApplication(actor, id);
  if (!app) notFound();

  const holder = STATE_HOLDER[app.status];
  const event = (e: string) => ((EVENTS as readonly string[]).includes(e) ? t(`licensingOffice:events.${e as (typeof EVENTS)[number]}`) : e);
  const role = (r: string) => ((ROLES as readonly string[]).includes(r) ? t(`licensingOffice:roles.${r as (typeof ROLES)[number]}`) : r);
  const checklistLabel = (k: string) => t(`licensingOffice:checklist.${k as "areaMatches"}`);

  return (
    <>
      <Link href={`/${lang}/office/applications`} className="mb-3 inline-flex min-h-11 items-center text-sm font-bold text-brand-700 hover:underline">
        {t("licensingOffice:detail.back")}
      </Link>
      <PageHeader
        title={app.tradeNameAr ?? app.number}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{t("licensingOffice:detail.subtitle")} <bdi dir="ltr" className="font-bold tabular-nums" data-testid="application-number">{app.number}</bdi></span>
            <KindBadge lang={lang} kind={app.kind} />
          </span>
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:order-2">
          <Card title={t("licensingOffice:detail.stage")}>
            <div className="space-y-3 text-sm" data-testid="stage">
              <div className="flex flex-wrap items-center gap-2">
                <ApplicationStatusBadge lang={lang} status={app.status} for="staff" />
                {app.sla && <SlaBadge lang={lang} sla={app.sla} />}
              </div>
              {holder && <p>{t("licensingOffice:actions.heldBy", { holder: role(holder) })}</p>}
              <div className="flex gap-2"><span className="text-slate-600">{t("licensingOffice:detail.sinceLabel")}:</span> <DateText date={app.stateEnteredAt} lang={lang} withTime /></div>
              {app.slaDueAt && <div className="flex gap-2"><span className="text-slate-600">{t("licensingOffice:detail.slaDue")}:</span> <DateText date={app.slaDueAt} lang={lang} withTime /></div>}
              {app.returnCount > 0 && <p className="text-slate-600">{t("licensingOffice:detail.returns", { n: app.returnCount })}</p>}
              {app.lastNote && (
                <div className="rounded-lg bg-sand-100 p-3">
                  <p className="text-xs font-bold text-slate-600">{t("licensingOffice:detail.lastNote")}</p>
                  <p className="mt-1 whitespace-pre-line" dir="auto">{app.lastNote}</p>
                </div>
              )}
              {app.rejectionReason && (
                <div className="rounded-lg bg-red-50 p-3 text-red-900">
                  <p className="text-xs font-bold">{t("licensingOffice:detail.rejectionReason")}</p>
                  <p className="mt-1 whitespace-pre-line" dir="auto">{app.rejectionReason}</p>
                </div>
              )}
            </div>
          </Card>

          <Card title={t("licensingOffice:actions.title")}>
            <div data-testid="actions">
              {app.healthSpecialistUnverified && <p className="mb-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-950">{t("licensingOffice:actions.specialistUnverified")}</p>}
              <StepActions
                lang={lang}
                applicationId={app.id}
                actions={app.actions}
                feePreview={app.feePreview}
                emptyText={holder ? t("licensingOffice:actions.none") : t("licensingOffice:actions.finished")}
              />
            </div>
          </Card>

          <Card title={t("licensingOffice:detail.applicantTitle")}>
            <Facts
              items={[
                { label: t("licensingOffice:detail.fields.name"), value: localName(lang, app.applicant) },
                { label: t("licensingOffice:detail.fields.nationalId"), value: <bdi dir="ltr" className="tabular-nums">{app.applicant.nationalId}</bdi> },
                { label: t("licensingOffice:detail.fields.mobile"), value: <bdi dir="ltr" className="whitespace-nowrap tabular-nums">{formatSaudiMobile(app.applicant.mobile)}</bdi> },
                ...(app.submittedAt ? [{ label: t("licensingOffice:detail.fields.submittedAt"), value: <DateText date={app.submittedAt} lang={lang} withTime /> }] : []),
              ]}
            />
          </Card>

          {app.bill && (
            <Card title={t("licensingOffice:detail.bill")}>
              <Facts
                items={[
                  { label: t("licensingOffice:detail.fields.billNumber"), value: <bdi dir="ltr" className="tabular-nums">{groupBillNumber(app.bill.number)}</bdi>, testId: "bill-number" },
                  { label: t("licensingOffice:detail.fields.amount"), value: formatHalalas(app.bill.totalHalalas, lang) },
                  {
                    label: t("licensingOffice:detail.fields.billStatus"),
                    value: (BILL_STATUSES as readonly string[]).includes(app.bill.status) ? t(`licensingOffice:detail.billStatus.${app.bill.status as (typeof BILL_STATUSES)[number]}`) : app.bill.status,
                  },
                ]}
              />
            </Card>
          )}
        </div>

        <div className="space-y-6 lg:order-1 lg:col-span-2">
          <Card title={t("licensingOffice:detail.establishment")}>
            <Facts
              items={[
                { label: t("licensingOffice:detail.fields.tradeName"), value: app.tradeNameAr ?? "—" },
                ...(app.tradeNameEn ? [{ label: t("licensingOffice:detail.fields.tradeNameEn"), value: <bdi dir="ltr">{app.tradeNameEn}</bdi> }] : []),
                { label: t("licensingOffice:detail.fields.crNumber"), value: <bdi dir="ltr" className="tabular-nums">{app.commercialRegNo ?? "—"}</bdi> },
                { label: t("licensingOffice:detail.fields.activity"), value: app.activity ? <>{localName(lang, app.activity)} <bdi dir="ltr" className="text-xs text-slate-500">{app.activity.isicCode}</bdi></> : "—" },
                { label: t("licensingOffice:detail.fields.group"), value: app.activity ? (localText(lang, app.activity, "group")) : "—" },
                { label: t("licensingOffice:detail.fields.kind"), value: t(`licensingOffice:kind.${app.kind}`) },
                { label: t("licensingOffice:detail.fields.municipality"), value: localName(lang, app.municipality) },
                { label: t("licensingOffice:detail.fields.district"), value: localName(lang, app.district) },
                { label: t("licensingOffice:detail.fields.address"), value: app.addressAr ?? "—" },
                {
                  label: t("licensingOffice:detail.fields.coordinates"),
                  value:
                    app.latitude != null && app.longitude != null ? (
                      <a className="text-brand-700 underline" target="_blank" rel="noopener" href={`https://www.openstreetmap.org/?mlat=${app.latitude}&mlon=${app.longitude}#map=18/${app.latitude}/${app.longitude}`}>
                        <bdi dir="ltr" className="tabular-nums">{`${app.latitude.toFixed(5)}, ${app.longitude.toFixed(5)}`}</bdi>
                      </a>
                    ) : (
                      "—"
                    ),
                },
                { label: t("licensingOffice:detail.fields.area"), value: app.areaM2 != null ? t("licensingOffice:detail.m2", { value: formatNumber(app.areaM2, lang) }) : "—" },
                { label: t("licensingOffice:detail.fields.signArea"), value: app.signAreaM2 != null ? t("licensingOffice:detail.m2", { value: formatNumber(app.signAreaM2, lang) }) : "—" },
                { label: t("licensingOffice:detail.fields.assignment"), value: app.officeAutoAssigned ? t("licensingOffice:detail.autoAssigned") : t("licensingOffice:detail.chosenOffice") },
              ]}
            />
          </Card>

          <Card title={t("licensingOffice:detail.documents")}>
            {app.documents.length ? <ApplicationFiles lang={lang} files={app.documents} /> : <p className="text-sm text-slate-600">{t("licensingOffice:detail.noDocuments")}</p>}
          </Card>

          <Card title={t("licensingOffice:detail.inspections")}>
            {app.inspections.length === 0 ? (
              <p className="text-sm text-slate-600">{t("licensingOffice:detail.noInspections")}</p>
            ) : (
              <ul className="space-y-5" data-testid="inspections">
                {app.inspections.map((i) => (
                  <li key={i.id} className="space-y-3 rounded-lg border border-sand-200 p-4" data-testid="inspection" data-result={i.result}>
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Badge tone={i.result === "PASS" ? "green" : "red"}>{t(`licensingOffice:inspect.result.${i.result}`)}</Badge>
                      <span className="text-sm text-slate-600">{t("licensingOffice:inspect.by")}: {i.inspectorName}</span>
                      <DateText date={i.recordedAt} lang={lang} withTime />
                    </div>
                    <ul className="grid gap-1 text-sm sm:grid-cols-2">
                      {i.checklist.map((c) => (
                        <li key={c.key} className={`flex items-start gap-2 ${c.ok ? "text-slate-800" : "font-bold text-red-800"}`}>
                          <span aria-hidden="true">{c.ok ? "✓" : "✗"}</span>
                          <span>{checklistLabel(c.key)}<span className="sr-only"> — {c.ok ? t("licensingOffice:inspect.ok") : t("licensingOffice:inspect.fail")}</span></span>
                        </li>
                      ))}
                    </ul>
                    {i.notes && <p className="whitespace-pre-line rounded-lg bg-sand-100 p-3 text-sm" dir="auto">{i.notes}</p>}
                    <p className="text-xs text-slate-600">
                      <bdi dir="ltr" className="tabular-nums">{`${i.latitude.toFixed(5)}, ${i.longitude.toFixed(5)}`}</bdi>
                      {i.accuracyM != null && <> · {t("licensingOffice:inspect.accuracyValue", { value: formatNumber(Math.round(i.accuracyM), lang) })}</>}
                      {i.distanceM != null && <> · {t("licensingOffice:inspect.distance", { distance: formatNumber(i.distanceM, lang) })}</>}
                    </p>
                    {i.photos.length > 0 && <ApplicationFiles lang={lang} files={i.photos} photos />}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title={t("licensingOffice:detail.history")}>
            <ol className="space-y-4 border-s-2 border-sand-200 ps-4" data-testid="history">
              {app.history.map((h) => (
                <li key={h.id} className="relative" data-testid="history-row" data-event={h.event}>
                  <span aria-hidden="true" className="absolute -start-[1.4rem] top-1.5 size-3 rounded-full bg-brand-600" />
                  <p className="text-sm">
                    <span className="font-bold">{h.actorName ?? role(h.actorRole)}</span>{" "}
                    <span className="text-slate-500">({role(h.actorRole)})</span> {event(h.event)}
                  </p>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <DateText date={h.at} lang={lang} withTime />
                    <ApplicationStatusBadge lang={lang} status={h.toStatus} for="staff" />
                  </div>
                  {h.note && <p className="mt-2 whitespace-pre-line rounded-lg bg-sand-100 p-2 text-sm" dir="auto">{h.note}</p>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
