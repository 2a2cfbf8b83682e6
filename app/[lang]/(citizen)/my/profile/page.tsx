import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyPendingMobile, getMyProfile } from "@/lib/domain/identity/queries/my-profile";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { ConfirmMobileForm, ProfileForm } from "./profile-forms-deferred";
import { confirmMobileAction, updateProfileAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myProfile");

export default async function ProfilePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "profile.update", `/${lang}/my/profile`);
  const t = getT(lang);
  const [defaults, pending] = await Promise.all([getMyProfile(actor), getMyPendingMobile(actor)]);
  return (
    <>
      <PageHeader title={t("dashboard:profile.title")} subtitle={t("dashboard:profile.subtitle")} />
      <Card>
        <ProfileForm defaults={defaults} action={updateProfileAction} />
      </Card>
      <div className="mt-6">
        <ConfirmMobileForm pending={pending} action={confirmMobileAction} />
      </div>
    </>
  );
}
