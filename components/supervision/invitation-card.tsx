import { CommandButton } from "@/components/forms/command-button";
import { DateText } from "@/components/ui/date-text";
import type { ActionResult } from "@/lib/action-result";
import type { InvitationView } from "@/lib/domain/offices/queries/invitations";
import type { T } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** One invitation addressed to the signed-in person, with accept / decline (checked on the server against their own identity). */
export function InvitationCard({ t, lang, invitation, accept, decline }: { t: T; lang: Lang; invitation: InvitationView; accept: Action; decline: Action }) {
  return (
    <article data-testid="my-invitation" className="rounded-xl border border-sand-200 bg-white p-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">{t("supervision:invitations.office")}</dt>
        <dd className="font-bold">{localName(lang, invitation.office)} <bdi dir="ltr" className="text-xs text-slate-500">{invitation.office.code}</bdi></dd>
        <dt className="text-slate-600">{t("supervision:invitations.role")}</dt>
        <dd>{t(`supervision:roles.${invitation.role as "AGENT"}`)}</dd>
        {invitation.qualificationNo && (
          <>
            <dt className="text-slate-600">{t("supervision:fields.qualificationNo")}</dt>
            <dd><bdi dir="ltr">{invitation.qualificationNo}</bdi></dd>
          </>
        )}
        <dt className="text-slate-600">{t("supervision:invitations.expires")}</dt>
        <dd><DateText date={invitation.expiresAt} lang={lang} /></dd>
      </dl>
      <p className="mt-3 text-xs text-slate-600">{t("supervision:invitations.identityNote")}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <CommandButton action={accept} input={{ invitationId: invitation.id }} label={t("supervision:invitations.accept")} variant="primary" done={{ key: "supervision:invitations.accepted" }} testId="accept-invitation" />
        <CommandButton action={decline} input={{ invitationId: invitation.id }} label={t("supervision:invitations.decline")} variant="ghost" confirm={t("supervision:invitations.declineConfirm")} done={{ key: "supervision:invitations.declined" }} testId="decline-invitation" />
      </div>
    </article>
  );
}
