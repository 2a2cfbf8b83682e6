import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { CommandButton } from "@/components/forms/command-button";
import { DelegateForm } from "@/components/signatures/delegate-form";
import { requirePageActor } from "@/lib/auth/require-actor";
import { signerDesk } from "@/lib/domain/signatures/queries/queue";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { delegateAction, revokeDelegationAction, rotateKeyAction, signDocumentAction } from "./actions";
import { riyadhDay } from "@/lib/kernel/riyadh-days";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("signatures:queue.title") };
}

/** The signer's own queue (issue 15): what waits for their signature, their positions, delegations and keys. */
export default async function SignaturesPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "signatures.sign", `/${lang}/staff/signatures`);
  const t = getT(lang);
  const desk = await signerDesk(actor);
  const jwksUrl = `${env().PUBLIC_BASE_URL.replace(/\/+$/, "")}/.well-known/jwks.json`;
  const today = riyadhDay(new Date());

  return (
    <>
      <PageHeader title={t("signatures:queue.title")} subtitle={t("signatures:queue.subtitle")} />
      <section aria-labelledby="queue-heading" className="space-y-3">
        <h2 id="queue-heading" className="text-lg font-bold text-brand-900">{t("signatures:queue.heading")}</h2>
        {desk.queue.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="signature-queue-empty">{t("signatures:queue.empty")}</p>
        ) : (
          <Table caption={t("signatures:queue.heading")} head={[t("signatures:queue.document"), t("signatures:queue.capacity"), t("signatures:queue.earlier")]}>
            {desk.queue.map((q) => (
              <tr key={q.documentId} data-testid="signature-row" data-number={q.number}>
                <Td>
                  <p className="font-bold">{t(q.titleKey as never)}</p>
                  <p className="text-sm"><bdi dir="ltr" className="tabular-nums">{q.number}</bdi> — {q.subject}</p>
                  <p className="text-xs text-slate-600">{t("signatures:queue.step", { step: q.step, steps: q.steps })}</p>
                  <div className="mt-2">
                    <CommandButton action={signDocumentAction} input={{ documentId: q.documentId }} label={t("signatures:queue.sign")} ariaLabel={t("signatures:queue.signLabel", { number: q.number })} done={{ key: "signatures:queue.signed", completeKey: "signatures:queue.signedComplete" }} testId="sign-document" />
                  </div>
                </Td>
                <Td>
                  {q.onBehalfOf ? (
                    <span data-testid="capacity-delegate">{t("signatures:queue.asDelegate", { position: localName(lang, q.position), name: localName(lang, q.onBehalfOf) })}</span>
                  ) : (
                    <span data-testid="capacity-holder">{t("signatures:queue.asHolder", { position: localName(lang, q.position) })}</span>
                  )}
                </Td>
                <Td>
                  {q.signedBy.length === 0 ? t("signatures:queue.none") : (
                    <ul className="text-sm">{q.signedBy.map((s) => <li key={s.step}>{s.step}. {localName(lang, s.signer)} — <DateText date={s.signedAt} lang={lang} withTime /></li>)}</ul>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Card title={t("signatures:positions.heading")}>
          {desk.positions.length === 0 ? <p className="text-slate-600">{t("signatures:positions.none")}</p> : (
            <ul className="space-y-1" data-testid="my-positions">
              {desk.positions.map((p) => <li key={p.id}><span className="font-bold">{localName(lang, p.title)}</span> — {localName(lang, p.municipality)}</li>)}
            </ul>
          )}
        </Card>
        <Card title={t("signatures:keys.heading")}>
          <p className="text-sm text-slate-600">{t("signatures:keys.intro")} <bdi dir="ltr" className="wrap-anywhere">{jwksUrl}</bdi></p>
          {desk.keys.length === 0 ? <p className="mt-2 text-slate-600">{t("signatures:keys.none")}</p> : (
            <ul className="mt-3 space-y-1 text-sm" data-testid="my-keys">
              {desk.keys.map((k) => (
                <li key={k.kid} className="flex flex-wrap items-center gap-2">
                  <bdi dir="ltr" className="font-mono">{k.kid}</bdi>
                  <Badge status={k.status} tone={k.status === "ACTIVE" ? "green" : k.status === "REVOKED" ? "red" : "slate"}>{t(`signatures:keys.${k.status}`)}</Badge>
                  <DateText date={k.createdAt} lang={lang} />
                </li>
              ))}
            </ul>
          )}
          <div className="mt-3"><CommandButton action={rotateKeyAction} input={{ confirm: "rotate" }} label={t("signatures:keys.rotate")} confirm={t("signatures:keys.rotateConfirm")} done={{ key: "signatures:keys.rotated" }} variant="secondary" testId="rotate-key" /></div>
        </Card>
      </div>

      <section aria-labelledby="delegations-heading" className="mt-8 space-y-4">
        <h2 id="delegations-heading" className="text-lg font-bold text-brand-900">{t("signatures:delegations.heading")}</h2>
        <p className="text-sm text-slate-600">{t("signatures:delegations.intro")}</p>
        {desk.positions.length > 0 && (
          <Card>
            <DelegateForm action={delegateAction} positions={desk.positions.map((p) => ({ value: p.id, label: `${localName(lang, p.title)} — ${localName(lang, p.municipality)}` }))} today={today} />
          </Card>
        )}
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("signatures:delegations.given")}>
            {desk.delegationsGiven.length === 0 ? <p className="text-slate-600">{t("signatures:delegations.none")}</p> : (
              <ul className="space-y-3" data-testid="delegations-given">
                {desk.delegationsGiven.map((d) => (
                  <li key={d.id} className="rounded-lg border border-sand-200 p-3 text-sm">
                    <p className="font-bold">{localName(lang, d.delegate)} — {localName(lang, d.position)}</p>
                    <p>{t("signatures:delegations.from")} <DateText date={d.startsAt} lang={lang} /> {t("signatures:delegations.to")} <DateText date={new Date(d.endsAt.getTime() - 1)} lang={lang} /></p>
                    <Badge status={d.revoked ? "REVOKED" : d.active ? "ACTIVE" : "INACTIVE"} tone={d.active ? "green" : "slate"}>{t(d.revoked ? "signatures:delegations.revoked" : d.active ? "signatures:delegations.active" : "signatures:delegations.inactive")}</Badge>
                    {!d.revoked && d.endsAt > new Date() && (
                      <div className="mt-2"><CommandButton action={revokeDelegationAction} input={{ delegationId: d.id }} label={t("signatures:delegations.revoke")} ariaLabel={t("signatures:delegations.revokeLabel", { name: localName(lang, d.delegate) })} confirm={t("signatures:delegations.revokeConfirm", { name: localName(lang, d.delegate) })} done={{ key: "signatures:delegations.revokedDone", params: { name: localName(lang, d.delegate) } }} variant="ghost" testId="revoke-delegation" /></div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("signatures:delegations.received")}>
            {desk.delegationsReceived.length === 0 ? <p className="text-slate-600">{t("signatures:delegations.none")}</p> : (
              <ul className="space-y-3" data-testid="delegations-received">
                {desk.delegationsReceived.map((d) => (
                  <li key={d.id} className="rounded-lg border border-sand-200 p-3 text-sm">
                    <p className="font-bold">{localName(lang, d.position)} — {t("signatures:delegations.delegatorName")}: {localName(lang, d.delegator)}</p>
                    <p>{t("signatures:delegations.from")} <DateText date={d.startsAt} lang={lang} /> {t("signatures:delegations.to")} <DateText date={new Date(d.endsAt.getTime() - 1)} lang={lang} /></p>
                    <Badge status={d.active ? "ACTIVE" : "INACTIVE"} tone={d.active ? "green" : "slate"}>{t(d.active ? "signatures:delegations.active" : "signatures:delegations.inactive")}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </section>
    </>
  );
}
