import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { nationalSsoConfigured } from "@/lib/auth/national-sso";
import { currentActor } from "@/lib/auth/require-actor";
import { AUDIENCE_HOME, homeAudience } from "@/lib/auth/roles";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { NationalSsoButton, SignInForm } from "./sign-in-deferred";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("auth:signIn") };
}

/** Failures the national SSO callback reports (lib/auth/options.ts) and next-auth's own OAuth errors. */
const SSO_ERRORS = new Set(["SSO_INVALID_IDENTITY", "SSO_MISMATCH", "SSO_INACTIVE", "SSO_REFUSED"]);
const OAUTH_ERRORS = new Set(["OAuthSignin", "OAuthCallback", "OAuthAccountNotLinked", "Callback", "AccessDenied", "Configuration"]);

export default async function SignInPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ callbackUrl?: string; error?: string; changed?: string }> }) {
  const lang = await langOf(params);
  const { callbackUrl, error, changed } = await searchParams;
  const actor = await currentActor();
  if (actor && !callbackUrl) redirect(`/${lang}${AUDIENCE_HOME[homeAudience(actor.roles)]}`);
  const t = getT(lang);
  const ssoError = typeof error === "string" ? (SSO_ERRORS.has(error) ? error : OAUTH_ERRORS.has(error) ? "SSO_REFUSED" : null) : null;
  const returnTo = typeof callbackUrl === "string" ? callbackUrl : undefined;
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 md:grid-cols-2 md:items-start">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t("auth:title")}</h1>
        <p className="mt-3 text-slate-600">{t("auth:intro")}</p>
        <ul className="mt-6 space-y-3 text-sm text-slate-700">
          <li className="rounded-lg border border-sand-200 bg-white p-4"><span className="font-bold">{t("auth:kinds.citizen")}: </span>{t("auth:citizenExplain")}</li>
          <li className="rounded-lg border border-sand-200 bg-white p-4"><span className="font-bold">{t("auth:kinds.staff")}: </span>{t("auth:staffExplain")}</li>
        </ul>
      </div>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-bold text-brand-900">{t("auth:sso.title")}</h2>
          {ssoError && (
            <div className="mb-4">
              <Alert tone="error" testId="sso-error">{t(`auth:errors.${ssoError}` as "auth:errors.SSO_REFUSED")}</Alert>
            </div>
          )}
          <NationalSsoButton lang={lang} callbackUrl={returnTo} available={nationalSsoConfigured()} />
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-bold text-brand-900">{t("auth:staffTitle")}</h2>
          {changed === "1" && (
            <div className="mb-4">
              <Alert tone="success" testId="password-changed">{t("auth:account.changed")}</Alert>
            </div>
          )}
          <SignInForm lang={lang} callbackUrl={returnTo} />
        </Card>
      </div>
    </div>
  );
}
