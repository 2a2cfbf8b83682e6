import type { Metadata } from "next";
import { InvitationCard } from "@/components/supervision/invitation-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { myInvitations } from "@/lib/domain/offices/queries/invitations";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { acceptInvitationAction, declineInvitationAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("supervision:invitations.myTitle") };
}

/** Invitations to an office's team addressed to the signed-in person's own national ID (docs/decisions/010). */
export default async function MyInvitationsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.invitation.respond", `/${lang}/my/invitations`);
  const t = getT(lang);
  const invitations = await myInvitations(actor);
  return (
    <>
      <PageHeader title={t("supervision:invitations.myTitle")} subtitle={t("supervision:invitations.mySubtitle")} />
      <Card title={t("supervision:invitations.pendingTitle")}>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="no-invitations">{t("supervision:invitations.empty")}</p>
        ) : (
          <div className="space-y-4">
            {invitations.map((inv) => (
              <InvitationCard key={inv.id} t={t} lang={lang} invitation={inv} accept={acceptInvitationAction} decline={declineInvitationAction} />
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
