import { CommandButton } from "@/components/forms/command-button";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { SrOnly, Table, Td } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import type { OfficeInvitationRow } from "@/lib/domain/offices/queries/invitations";
import type { T } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";

/**
 * People invited to an office who are not members until they accept with their own identity
 * (docs/decisions/010-demo-data-and-invitations.md): the manager's team page and the committee's view of an application.
 */
export function InvitationTable({ t, lang, rows, revoke }: { t: T; lang: Lang; rows: OfficeInvitationRow[]; revoke?: (input: unknown) => Promise<ActionResult<unknown>> }) {
  return (
    <Table caption={t("supervision:invitations.title")} head={[t("common:name"), t("supervision:fields.role"), t("supervision:fields.qualificationNo"), t("supervision:invitations.statusHead"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
      {rows.map((r) => {
        const status = r.state;
        const tone = status === "ACCEPTED" ? "green" : status === "PENDING" ? "amber" : "slate";
        return (
          <tr key={r.id} data-testid="invitation-row">
            <Td>
              <p className="font-bold">{r.name}</p>
              <bdi dir="ltr" className="text-xs text-slate-600">{r.nationalId}</bdi>
            </Td>
            <Td>{t(`supervision:roles.${r.role as "AGENT"}`)}</Td>
            <Td><bdi dir="ltr">{r.qualificationNo ?? "—"}</bdi></Td>
            <Td>
              <Badge tone={tone}>{t(`supervision:invitations.status.${status}`)}</Badge>
              {status === "PENDING" && (
                <span className="mt-1 block text-xs text-slate-600">
                  {t("supervision:invitations.until")} <DateText date={r.expiresAt} lang={lang} />
                </span>
              )}
            </Td>
            <Td>
              {revoke && r.revocable && (
                <CommandButton action={revoke} input={{ invitationId: r.id }} label={t("supervision:invitations.revoke")} variant="ghost" done={{ key: "supervision:invitations.revoked" }} testId="revoke-invitation" />
              )}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
