"use client";

import { getSession, signIn } from "next-auth/react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useSchemaResolver } from "@/components/forms/schema-source";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AUDIENCE_HOME } from "@/lib/auth/roles";
import type { SignInInput, ZSignIn } from "@/lib/domain/identity/schemas";
import type { Lang } from "@/lib/i18n/settings";
import authMessages from "@/lib/i18n/bundles/auth";

/** next-auth returns the failure code thrown in authorize(); this turns it into a message key. */
function failureKey(code: string | null | undefined): string {
  if (code?.startsWith("RATE_LIMITED")) return `auth:errors.rateLimited?minutes=${code.split(":")[1] ?? 15}`;
  if (code === "MALFORMED") return "auth:errors.malformed";
  if (code === "INVALID_TOTP") return "auth:errors.invalidTotp";
  if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return "auth:errors.invalidCredentials";
  return "errors:INTERNAL";
}

/** Only a path inside this portal may be a return address (no open redirect). */
function safeReturn(callbackUrl: string | undefined): string | null {
  return callbackUrl && /^\/(ar|en)(\/|$)/.test(callbackUrl) && !callbackUrl.startsWith("//") ? callbackUrl : null;
}

/** Citizens and residents: the national single sign-on (a redirect to the identity provider and back). */
export const NationalSsoButton = withT(function NationalSsoButton({ lang, callbackUrl, available }: { lang: Lang; callbackUrl?: string; available: boolean }) {
  const { t } = useT(authMessages);
  const [busy, setBusy] = useState(false);
  if (!available) return <Alert tone="warning">{t("auth:sso.unavailable")}</Alert>;
  return (
    <div className="space-y-3">
      <Button
        type="button"
        className="w-full text-base"
        disabled={busy}
        data-testid="national-sso"
        onClick={() => {
          setBusy(true);
          void signIn("national-sso", { callbackUrl: safeReturn(callbackUrl) ?? `/${lang}/my` });
        }}
      >
        {busy ? t("auth:sso.redirecting") : t("auth:sso.button")}
      </Button>
      <p className="text-xs text-slate-600">{t("auth:sso.explain")}</p>
    </div>
  );
});

/** Staff and office members: username + password, then the authenticator code for accounts with two-factor. */
export const SignInForm = withT(function SignInForm({ lang, callbackUrl }: { lang: Lang; callbackUrl?: string }) {
  const { t } = useT(authMessages);
  const [formError, setFormError] = useState<string>();
  const [askTotp, setAskTotp] = useState(false);
  type In = z.input<typeof ZSignIn>;
  const resolver = useSchemaResolver<typeof ZSignIn, In, SignInInput>(() => import("@/lib/domain/identity/schemas").then((m) => m.ZSignIn));
  const form = useForm<In, unknown, SignInInput>({ resolver, defaultValues: { login: "", password: "", totp: "" }, shouldFocusError: false });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { login: values.login, password: values.password, totp: values.totp ?? "", redirect: false });
    if (result?.error === "TOTP_REQUIRED") {
      setAskTotp(true);
      return;
    }
    if (!result || result.error) {
      setFormError(failureKey(result?.error));
      if (result?.error !== "INVALID_TOTP") form.setValue("password", "");
      form.setValue("totp", "");
      return;
    }
    const session = await getSession();
    const target = safeReturn(callbackUrl) ?? `/${lang}${AUDIENCE_HOME[session?.audience ?? "citizen"]}`;
    window.location.assign(target);
  });

  const labels = { login: t("auth:username"), password: t("auth:password"), totp: t("auth:totp") };

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby="sign-in-help">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Field name="login" label={labels.login} dir="ltr" autoComplete="username" maxLength={64} readOnly={askTotp} />
        <Field name="password" label={labels.password} type="password" dir="ltr" autoComplete="current-password" readOnly={askTotp} />
        {askTotp && (
          <>
            <Alert tone="info" testId="totp-ask">{t("auth:totpAsk")}</Alert>
            <Field name="totp" label={labels.totp} hint={t("auth:totpHint")} dir="ltr" autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus />
          </>
        )}
        <SubmitButton className="w-full" variant="secondary" busyLabel={t("auth:signingIn")}>
          {t("auth:signIn")}
        </SubmitButton>
        <p id="sign-in-help" className="text-xs text-slate-600">{t("auth:help")}</p>
      </form>
    </FormProvider>
  );
});
