import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentAccountActor } from "@/lib/auth/require-actor";
import { AUDIENCE_HOME, homeAudience } from "@/lib/auth/roles";
import { accountSecurityOf } from "@/lib/domain/identity/queries/account-security";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { changePasswordAction, confirmTotpAction, resetPasswordAction, startTotpAction } from "./actions";
import { ChangePasswordForm, ResetPasswordForm, TotpEnrollment } from "./security-forms";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("auth:account.title") };
}

/**
 * A staff member's password and two-factor; the first-sign-in steps (temporary password, TOTP enrollment for
 * ADMIN, COMMITTEE_MEMBER, FINANCE) land here and nowhere else until done. Administrators also reset others'
 * passwords here. docs/decisions/009-national-sso-and-staff-2fa.md
 */
export default async function AccountSecurityPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await currentAccountActor();
  if (!actor) redirect(`/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/account/security`)}`);
  const t = getT(lang);
  const state = await accountSecurityOf(actor);
  const home = `/${lang}${AUDIENCE_HOME[homeAudience(actor.roles)]}`;

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t("auth:account.title")}</h1>
        <p className="mt-2 text-slate-600">{t("auth:account.intro")}</p>
      </div>
      {actor.pendingStep === "CHANGE_PASSWORD" && <Alert tone="warning" testId="pending-step">{t("auth:account.mustChange")}</Alert>}
      {actor.pendingStep === "ENROLL_TOTP" && <Alert tone="warning" testId="pending-step">{t("auth:account.mustEnroll")}</Alert>}
      {!state.hasPassword ? (
        <Alert tone="info">{t("auth:account.noAccount")}</Alert>
      ) : (
        <>
          <Card>
            <h2 className="mb-4 text-lg font-bold text-brand-900">{t("auth:account.changeTitle")}</h2>
            <ChangePasswordForm lang={lang} action={changePasswordAction} />
          </Card>
          {actor.pendingStep !== "CHANGE_PASSWORD" && (
            <Card>
              <h2 className="mb-4 text-lg font-bold text-brand-900">{t("auth:account.totpTitle")}</h2>
              {state.totpOn ? (
                <Alert tone="success" testId="totp-on">{t("auth:account.totpOn")}</Alert>
              ) : (
                <TotpEnrollment home={home} confirmAction={confirmTotpAction} startAction={startTotpAction} />
              )}
            </Card>
          )}
        </>
      )}
      {!actor.pendingStep && actor.roles.includes("ADMIN") && (
        <Card>
          <h2 className="mb-2 text-lg font-bold text-brand-900">{t("auth:account.reset.title")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("auth:account.reset.explain")}</p>
          <ResetPasswordForm action={resetPasswordAction} />
        </Card>
      )}
      {!actor.pendingStep && <ButtonLink variant="ghost" href={home}>{t("auth:account.continue")}</ButtonLink>}
    </div>
  );
}
