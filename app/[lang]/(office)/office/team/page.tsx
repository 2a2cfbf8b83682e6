import { AddMemberForm } from "@/components/supervision/add-member-form";
import { CommandButton } from "@/components/forms/command-button";
import { InvitationTable } from "@/components/supervision/invitation-table";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { myTeam } from "@/lib/domain/offices/queries/offices";
import { localName } from "@/lib/kernel/locale";
import { pendingOfficeInvitations } from "@/lib/domain/offices/queries/invitations";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { addMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officeTeam");

/**
 * The office's team: the manager adds and removes staff (never the last manager) and follows each
 * member's qualification verification and training certificates. Scope: the actor's own office.
 */
export default async function OfficeTeamPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "office.staff.view", `/${lang}/office/team`);
  const t = getT(lang);
  const [team, invitations] = await Promise.all([myTeam(actor), pendingOfficeInvitations(actor)]);
  const canManage = team.canManage;
  const active = team.members.filter((m) => m.active);
  const former = team.members.filter((m) => !m.active);
  return (
    <>
      <PageHeader title={t("supervision:team.title")} subtitle={<>{localName(lang, team)} · <bdi dir="ltr">{team.code}</bdi></>} />
      <div className="mb-6">
        <Card title={t("supervision:team.rules")}>
          <ul className="list-disc space-y-1 ps-5 text-sm text-slate-700">
            <li>{t("supervision:team.ruleHealth")}</li>
            <li>{t("supervision:team.ruleTraining")}</li>
            <li>{t("supervision:team.ruleInvitation")}</li>
          </ul>
        </Card>
      </div>
      <div className="grid items-start gap-6 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <Table caption={t("supervision:team.title")} head={[t("common:name"), t("supervision:fields.role"), t("supervision:fields.qualificationNo"), t("supervision:team.training"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
            {active.map((m) => {
              const certificates = m.training.filter((x) => x.certificateNo);
              return (
                <tr key={m.id} data-testid="member-row">
                  <Td>
                    <p className="font-bold">{localName(lang, m)}</p>
                    <bdi dir="ltr" className="text-xs text-slate-600">{m.login}</bdi>
                  </Td>
                  <Td>{t(`supervision:roles.${m.role as "AGENT"}`)}</Td>
                  <Td>
                    {m.qualificationNo ? (
                      <div className="flex flex-col items-start gap-1">
                        <bdi dir="ltr">{m.qualificationNo}</bdi>
                        {m.verifiedAt ? <Badge tone="green">{t("supervision:office.verified")}</Badge> : <Badge tone="amber">{t("supervision:office.unverified")}</Badge>}
                      </div>
                    ) : "—"}
                  </Td>
                  <Td>
                    {certificates.length === 0 ? (
                      <span className="text-sm text-slate-500">{t("supervision:team.noTraining")}</span>
                    ) : (
                      <ul className="space-y-1 text-sm">
                        {certificates.map((x) => (
                          <li key={x.certificateNo}>
                            <span className="font-bold">{t(`supervision:topics.${x.topic as "LICENSING_BASICS"}`)}</span>{" "}
                            <span className="text-xs text-slate-600">{t("supervision:team.certificate", { number: x.certificateNo })}</span>
                            {x.certifiedAt && <span className="block text-xs text-slate-500"><DateText date={x.certifiedAt} lang={lang} /></span>}
                          </li>
                        ))}
                      </ul>
                    )}
                    {m.registeredUpcoming && <p className="mt-1"><Badge tone="blue">{t("supervision:team.registered")}</Badge></p>}
                    {m.needsTraining && <p className="mt-1 text-xs font-bold text-amber-800" data-testid="needs-training">{t("supervision:team.needsTraining")}</p>}
                  </Td>
                  <Td>
                    {m.canRemove && (
                      <CommandButton
                        action={removeMemberAction}
                        input={{ memberId: m.id }}
                        label={t("supervision:team.remove")}
                        variant="danger"
                        confirm={t("supervision:team.removeConfirm", { name: localName(lang, m) })}
                        done={{ key: "supervision:team.removed" }}
                        testId="remove-member"
                      />
                    )}
                  </Td>
                </tr>
              );
            })}
          </Table>
          {invitations.length > 0 && (
            <section className="mt-6" aria-labelledby="invited-title">
              <h2 id="invited-title" className="mb-3 text-base font-bold text-brand-900">{t("supervision:invitations.pendingTitle")}</h2>
              <InvitationTable t={t} lang={lang} rows={invitations} revoke={canManage ? revokeInvitationAction : undefined} />
            </section>
          )}
          {former.length > 0 && (
            <section className="mt-6" aria-labelledby="former-title">
              <h2 id="former-title" className="mb-3 text-base font-bold text-brand-900">{t("supervision:team.former")}</h2>
              <Table caption={t("supervision:team.former")} head={[t("common:name"), t("supervision:fields.role"), t("supervision:team.removedAt")]}>
                {former.map((m) => (
                  <tr key={m.id} data-testid="former-member-row" className="text-slate-600">
                    <Td>{localName(lang, m)}</Td>
                    <Td>{t(`supervision:roles.${m.role as "AGENT"}`)}</Td>
                    <Td>{m.removedAt ? <DateText date={m.removedAt} lang={lang} /> : "—"}</Td>
                  </tr>
                ))}
              </Table>
            </section>
          )}
        </div>
        {canManage && (
          <Card title={t("supervision:team.addTitle")}>
            <AddMemberForm action={addMemberAction} />
          </Card>
        )}
      </div>
    </>
  );
}
