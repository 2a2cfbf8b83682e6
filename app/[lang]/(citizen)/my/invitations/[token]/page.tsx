import type { Metadata } from "next";
import Link from "next/link";
import { InvitationCard } from "@/components/supervision/invitation-card";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { invitationByToken } from "@/lib/domain/offices/queries/invitations";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { acceptInvitationAction, declineInvitationAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("supervision:invitations.linkTitle") };
}

/**
 * The link of an invitation SMS. Signing in comes first (the sign-in page returns here); the invitation is
 * shown — and can be accepted — only when it is addressed to the national ID of the signed-in account.
 */
export default async function InvitationLinkPage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const lang = await langOf(params);
  const { token } = await params;
  const safe = /^[A-Za-z0-9_-]{1,100}$/.test(token) ? token : "";
  const actor = await requirePageActor(lang, "offices.invitation.respond", safe ? `/${lang}/my/invitations/${safe}` : `/${lang}/my/invitations`);
  const t = getT(lang);
  const found = await invitationByToken(actor, safe);
  return (
    <>
      <PageHeader title={t("supervision:invitations.linkTitle")} />
      <Card>
        {found.kind === "mine" ? (
          <InvitationCard t={t} lang={lang} invitation={found.invitation} accept={acceptInvitationAction} decline={declineInvitationAction} />
        ) : (
          <Alert
            tone={found.kind === "answered" && found.status === "ACCEPTED" ? "success" : "warning"}
            testId="invitation-state"
            title={
              found.kind === "notYou"
                ? t("supervision:invitations.notYou")
                : found.kind === "expired"
                  ? t("supervision:invitations.linkExpired")
                  : found.kind === "answered"
                    ? `${t("supervision:invitations.linkAnswered")} ${localName(lang, found.office)} — ${t(`supervision:invitations.status.${found.status as "ACCEPTED"}`)}`
                    : t("supervision:invitations.linkNotFound")
            }
          />
        )}
        <p className="mt-4 text-sm">
          <Link className="text-brand-700 underline" href={`/${lang}/my/invitations`}>{t("supervision:invitations.all")}</Link>
        </p>
      </Card>
    </>
  );
}
