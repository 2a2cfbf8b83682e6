import { notFound } from "next/navigation";
import { Ltr } from "@/components/ui/ltr";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, StatCard } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { CommandButton } from "@/components/forms/command-button";
import { requirePageActor } from "@/lib/auth/require-actor";
import { committeeOfficeDetail } from "@/lib/domain/offices/queries/offices";
import { localName, localText } from "@/lib/kernel/locale";
import { formatDual, formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { OfficeStatusBadge } from "../../badges";
import { verifyMemberAction } from "../../actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("supervisionOffice", "code");

export default async function CommitteeOfficePage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/offices/${code}`);
  const t = getT(lang);
  const o = await committeeOfficeDetail(actor, code);
  if (!o) notFound();
  const s = o.scorecard;
  const dl = "grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm";
  return (
    <>
      <PageHeader title={localName(lang, o)} subtitle={<bdi dir="ltr">{o.code}</bdi>} actions={<OfficeStatusBadge t={t} status={o.status} />} />
      {o.status === "SUSPENDED" && o.suspendedUntil && <div className="mb-4"><Alert tone="error" title={t("supervision:office.suspendedUntil", { date: formatDual(o.suspendedUntil, lang).gregorian })} /></div>}
      {s && (
        <section aria-label={t("supervision:office.scorecard")} className="mb-6">
          <h2 className="mb-3 text-base font-bold text-brand-900">{t("supervision:office.scorecard")}</h2>
          <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
            <StatCard label={t("supervision:public.score")} value={s.score === null ? "—" : formatNumber(s.score, lang)} />
            <StatCard label={t("supervision:public.processed")} value={formatNumber(s.decided, lang)} />
            <StatCard label={t("supervision:public.median")} value={s.medianHours === null ? "—" : t("supervision:public.hours", { n: formatNumber(Math.round(s.medianHours), lang) })} />
            <StatCard label={t("supervision:public.slaBreaches")} value={formatNumber(s.slaBreaches, lang)} />
            <StatCard label={t("supervision:public.complaints")} value={formatNumber(s.complaints, lang)} />
          </div>
        </section>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("supervision:office.contract")}>
          {!o.contract ? <p className="text-slate-600">{t("supervision:office.noContract")}</p> : (
            <dl className={dl}>
              <dt className="text-slate-600">{t("supervision:fields.number")}</dt><dd><Ltr className="font-bold">{o.contract.number}</Ltr></dd>
              <dt className="text-slate-600">{t("supervision:fields.startsOn")}</dt><dd><DateText date={o.contract.startsAt} lang={lang} /></dd>
              <dt className="text-slate-600">{t("supervision:fields.endsOn")}</dt><dd><DateText date={o.contract.endsAt} lang={lang} /></dd>
              <dt className="text-slate-600">{t("supervision:fields.maxMedianHours")}</dt><dd className="tabular-nums">{formatNumber(o.contract.maxMedianHours, lang)}</dd>
              <dt className="text-slate-600">{t("supervision:fields.maxSlaBreachPercent")}</dt><dd className="tabular-nums">{formatNumber(o.contract.maxSlaBreachPercent, lang)}</dd>
              <dt className="text-slate-600">{t("supervision:fields.spotCheckPercent")}</dt><dd className="tabular-nums">{formatNumber(o.contract.spotCheckPercent, lang)}</dd>
            </dl>
          )}
          <h3 className="mt-4 text-sm font-bold text-brand-900">{t("supervision:office.coverage")}</h3>
          <p className="text-sm">{o.coverage.map((c) => localName(lang, c)).join("، ")}</p>
          <div className="mt-2 flex flex-wrap gap-1">{o.serviceTypes.map((x) => <Badge key={x} tone="blue">{t(`supervision:serviceTypes.${x}`)}</Badge>)}</div>
        </Card>
        <Card title={t("supervision:office.clauses")} className="lg:col-span-2">
          {o.contract && (
            <ul className="space-y-2 text-sm">
              {o.contract.clauses.map((c) => (
                <li key={c.code} className="flex items-start gap-2"><Badge tone={c.kind === "WARNING" ? "amber" : c.kind === "FINE" ? "blue" : "red"}>{t(`supervision:penaltyKinds.${c.kind}`)}</Badge><span>{localText(lang, c, "title")}</span></li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="mt-6">
        <Card title={t("supervision:office.staff")}>
          <Table caption={t("supervision:office.staff")} head={[t("common:name"), t("supervision:fields.role"), t("supervision:fields.qualificationNo"), t("supervision:fields.training"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
            {o.members.map((m) => (
              <tr key={m.id} data-testid="member-row" className={m.active ? undefined : "opacity-60"}>
                <Td><p className="font-bold">{localName(lang, m)}</p><p className="text-xs text-slate-600" dir="ltr">{m.login}</p></Td>
                <Td>{t(`supervision:roles.${m.role as "AGENT"}`)} {!m.active && <Badge tone="slate">{t("supervision:office.removed")}</Badge>}</Td>
                <Td>
                  <span dir="ltr">{m.qualificationNo ?? "—"}</span>{" "}
                  {m.qualificationNo && (m.verifiedAt ? <Badge tone="green">{t("supervision:office.verified")}</Badge> : <Badge tone="amber">{t("supervision:office.unverified")}</Badge>)}
                </Td>
                <Td>
                  {m.training.filter((x) => x.certificateNo).length === 0 ? <span className="text-sm text-slate-500">{t("supervision:office.trainingNone")}</span> : (
                    <ul className="text-sm">{m.training.filter((x) => x.certificateNo).map((x) => <li key={x.certificateNo}>{t(`supervision:topics.${x.topic as "LICENSING_BASICS"}`)} <bdi dir="ltr" className="text-xs text-slate-600">{x.certificateNo}</bdi></li>)}</ul>
                  )}
                </Td>
                <Td>{m.canVerify && <CommandButton action={verifyMemberAction} input={{ memberId: m.id }} label={t("supervision:office.verify")} variant="secondary" done={{ key: "supervision:office.verifiedDone" }} testId="verify-member" />}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("supervision:office.penalties")}>
          {o.penalties.length === 0 ? <p className="text-slate-600">{t("supervision:office.noPenalties")}</p> : (
            <ul className="space-y-2 text-sm">{o.penalties.map((p) => <li key={p.number} className="flex flex-wrap items-center gap-2"><bdi dir="ltr" className="font-bold">{p.number}</bdi><Badge tone="red">{t(`supervision:penaltyKinds.${p.kind}`)}</Badge><Badge tone="slate">{t(`penalties:status.${p.status}`)}</Badge><DateText date={p.proposedAt} lang={lang} /></li>)}</ul>
          )}
        </Card>
        <Card title={t("supervision:office.spotChecks")}>
          {o.spotChecks.length === 0 ? <p className="text-slate-600">{t("supervision:office.noSpotChecks")}</p> : (
            <ul className="space-y-2 text-sm">{o.spotChecks.map((c) => <li key={c.id} className="flex items-center gap-2"><Badge tone={c.status === "FINDING" ? "red" : c.status === "PASSED" ? "green" : "amber"}>{t(`penalties:spotStatus.${c.status}`)}</Badge><DateText date={c.createdAt} lang={lang} /></li>)}</ul>
          )}
        </Card>
      </div>
    </>
  );
}
