import Link from "next/link";
import type { FormAction } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { Table, Td } from "@/components/ui/table";
import type { AfterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import { CommandButton } from "@/components/forms/command-button";

type Permit = NonNullable<AfterIssuePermit>;

/**
 * The after-issue part of one permit, for every audience that may see it: the permit's facts, the stages with
 * their latest result, the inspection log with photos and location, the certificates (print links for the owner),
 * the electricity connection — and the buttons THIS viewer may use (computed by the query, decided by the command).
 */
export function AfterIssueView(props: {
  lang: Lang;
  permit: Permit;
  inspectHref?: string;
  /** The owner's print view of a certificate: /{lang}/my/permits/certificates/{number}. */
  certificateHref?: (number: string) => string;
  actions: { issueCertificate?: FormAction; issueClearance?: FormAction; requestConnection?: FormAction };
}) {
  const { lang, permit: p } = props;
  const t = getT(lang);
  const certName = (type: "INSULATION" | "COMPLETION"): string => t(`permitsAfterIssue:certificate.${type}`);
  return (
    <div className="space-y-6">
      <Card title={t("permitsAfterIssue:permit.summary")}>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t("permitsAfterIssue:fields.permitNumber")}><bdi dir="ltr" className="font-bold tabular-nums" data-testid="permit-number">{p.number}</bdi></Fact>
          <Fact label={t("permitsAfterIssue:fields.status")}><Badge status={p.status} testId="permit-status">{t(`permitsAfterIssue:permitStatus.${p.status}`)}</Badge></Fact>
          <Fact label={t("permitsAfterIssue:fields.kind")}>{localName(lang, p.kind)}</Fact>
          <Fact label={t("permitsAfterIssue:fields.owner")}>{p.ownerName}</Fact>
          <Fact label={t("permitsAfterIssue:fields.plan")}><bdi dir="ltr">{p.planNo}</bdi></Fact>
          <Fact label={t("permitsAfterIssue:fields.parcel")}><bdi dir="ltr">{p.parcelNo}</bdi></Fact>
          <Fact label={t("permitsAfterIssue:fields.district")}>{localName(lang, p.district)} · {localName(lang, p.municipality)}</Fact>
          <Fact label={t("permitsAfterIssue:fields.office")}>{localName(lang, p.office)}</Fact>
          {p.issuedAt && <Fact label={t("permitsAfterIssue:fields.issuedAt")}><DateText date={p.issuedAt} lang={lang} /></Fact>}
        </dl>
      </Card>

      <Card title={t("permitsAfterIssue:permit.stagesTitle")} action={p.can.inspect && props.inspectHref ? <Link href={props.inspectHref} className={buttonClass("primary")} data-testid="record-inspection">{t("permitsAfterIssue:permit.recordInspection")}</Link> : undefined}>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {p.stages.map((s) => (
            <li key={s.stage} data-testid={`stage-${s.stage}`} data-passed={s.passed} className={`rounded-lg border p-3 ${s.passed ? "border-brand-300 bg-brand-50" : "border-sand-200 bg-white"}`}>
              <p className="font-bold text-slate-900">{t(`permitsAfterIssue:stage.${s.stage}`)}</p>
              <p className="text-sm text-slate-600">{s.passed ? t("permitsAfterIssue:permit.stagePassed") : t("permitsAfterIssue:permit.stagePending")} · {t("permitsAfterIssue:permit.visits", { count: s.visits })}</p>
            </li>
          ))}
        </ul>
        <h3 className="mt-5 mb-2 text-base font-bold text-brand-900">{t("permitsAfterIssue:permit.inspectionsTitle")}</h3>
        {p.inspections.length === 0 ? (
          <p className="text-sm text-slate-600">{t("permitsAfterIssue:permit.noInspections")}</p>
        ) : (
          <Table caption={t("permitsAfterIssue:permit.inspectionsTitle")} head={[t("permitsAfterIssue:fields.stage"), t("permitsAfterIssue:fields.result"), t("permitsAfterIssue:fields.inspector"), t("permitsAfterIssue:fields.recordedAt"), t("permitsAfterIssue:fields.location"), t("permitsAfterIssue:fields.photos")]}>
            {p.inspections.map((i) => (
              <tr key={i.id} data-testid="inspection-row" data-stage={i.stage} data-result={i.result}>
                <Td>{t(`permitsAfterIssue:stage.${i.stage}`)}</Td>
                <Td><Badge tone={i.result === "PASS" ? "green" : "red"}>{t(`permitsAfterIssue:result.${i.result}`)}</Badge>{i.notes && <span className="mt-1 block text-xs text-slate-600">{i.notes}</span>}</Td>
                <Td>{t(`permitsAfterIssue:inspectorKind.${i.inspectorKind}`)}</Td>
                <Td><DateText date={i.recordedAt} lang={lang} withTime /></Td>
                <Td>
                  <a className="text-brand-700 underline" target="_blank" rel="noopener" href={`https://www.openstreetmap.org/?mlat=${i.latitude}&mlon=${i.longitude}#map=18/${i.latitude}/${i.longitude}`}>
                    <bdi dir="ltr" className="tabular-nums">{`${i.latitude.toFixed(5)}, ${i.longitude.toFixed(5)}`}</bdi>
                  </a>
                </Td>
                <Td>
                  <span className="flex flex-wrap gap-2">
                    {i.photos.map((f, n) => (
                      <a key={f.id} href={`/api/files/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{`${t("permitsAfterIssue:fields.photos")} ${n + 1}`}</a>
                    ))}
                  </span>
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>

      <Card title={t("permitsAfterIssue:permit.certificatesTitle")}>
        {p.certificates.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="no-certificates">{t("permitsAfterIssue:permit.noCertificates")}</p>
        ) : (
          <ul className="divide-y divide-sand-100">
            {p.certificates.map((c) => (
              <li key={c.id} data-testid={`certificate-${c.type}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-bold">{certName(c.type)}</span> · <bdi dir="ltr" className="tabular-nums">{c.number}</bdi> · <DateText date={c.issuedAt} lang={lang} />
                </span>
                <span className="flex items-center gap-3">
                  <Badge tone={c.cancelledAt ? "red" : "green"}>{t(`permitsAfterIssue:certStatus.${c.cancelledAt ? "CANCELLED" : "VALID"}`)}</Badge>
                  {props.certificateHref && <Link className="font-bold text-brand-700 underline" href={props.certificateHref(c.number)}>{t("permitsAfterIssue:permit.print")}<span className="sr-only"> {c.number}</span></Link>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {props.actions.issueCertificate && p.can.certificates.length > 0 && (
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            {p.can.certificates.map((c) => (
              <div key={c.type} className="rounded-lg border border-sand-200 p-3">
                {c.missing.length > 0 && <p className="mb-2 text-xs text-slate-600">{t("permitsAfterIssue:permit.requires", { list: c.missing.map(certName).join("، ") })}</p>}
                <CommandButton
                  testId={`issue-${c.type}`}
                  action={props.actions.issueCertificate!}
                  input={{ permitNumber: p.number, type: c.type }}
                  label={t("permitsAfterIssue:permit.issue", { certificate: certName(c.type) })}
                  done={{ key: "permitsAfterIssue:permit.issued", params: { certificate: certName(c.type) }, resultParams: { number: "number" } }}
                />
              </div>
            ))}
          </div>
        )}
        {p.prerequisites.length > 0 && (
          <div className="mt-4 rounded-lg bg-sand-100 p-3 text-sm">
            <p className="font-bold">{t("permitsAfterIssue:permit.rulesTitle")}</p>
            <ul className="mt-1 list-inside list-disc">
              {p.prerequisites.map((r) => (
                <li key={`${r.certificateType}-${r.requiresType}`}>{t("permitsAfterIssue:permit.rule", { certificate: certName(r.certificateType), requires: certName(r.requiresType) })}</li>
              ))}
            </ul>
          </div>
        )}
      </Card>

      <Card title={t("permitsAfterIssue:permit.connectionsTitle")}>
        {p.connections.length === 0 ? (
          <p className="text-sm text-slate-600">{t("permitsAfterIssue:permit.noConnections")}</p>
        ) : (
          <ul className="divide-y divide-sand-100">
            {p.connections.map((c) => (
              <li key={c.id} data-testid="connection-row" data-status={c.status} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {t("permitsAfterIssue:fields.connectionNumber")}: <bdi dir="ltr" className="font-bold tabular-nums">{c.number}</bdi> · <DateText date={c.requestedAt} lang={lang} />
                  {c.clearanceNo && <> · {t("permitsAfterIssue:fields.clearanceNo")}: <bdi dir="ltr" className="font-bold tabular-nums">{c.clearanceNo}</bdi></>}
                </span>
                <Badge status={c.status}>{t(`permitsAfterIssue:connectionStatus.${c.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
        {props.actions.issueClearance && p.can.issueClearance.map((number) => (
          <div key={number} className="mt-3">
            <CommandButton testId="issue-clearance" action={props.actions.issueClearance!} input={{ connectionNumber: number }} label={t("permitsAfterIssue:permit.issueClearance", { number })} done={{ key: "permitsAfterIssue:permit.clearanceIssued", resultParams: { number: "clearanceNo" } }} />
          </div>
        ))}
        {props.actions.requestConnection && p.viewer.isOwner && (
          <div className="mt-3">
            {p.can.requestConnection ? (
              <>
                <p className="mb-2 text-sm text-slate-700">{t("permitsAfterIssue:permit.requestConnectionHint")}</p>
                <CommandButton testId="request-connection" action={props.actions.requestConnection} input={{ permitNumber: p.number }} label={t("permitsAfterIssue:permit.requestConnection")} done={{ key: "permitsAfterIssue:permit.connectionRequested", resultParams: { number: "number" } }} />
              </>
            ) : p.status !== "COMPLETED" ? (
              <p className="text-sm text-slate-600">{t("permitsAfterIssue:permit.connectionNeedsCompletion")}</p>
            ) : null}
          </div>
        )}
      </Card>
    </div>
  );
}
