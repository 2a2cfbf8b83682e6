"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import clsx from "clsx";
import { getSession, signIn } from "next-auth/react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { AUDIENCE_HOME } from "@/lib/auth/roles";
import { ZSignIn, type SignInInput } from "@/lib/domain/identity/schemas";
import type { Lang } from "@/lib/i18n/settings";

/** next-auth returns the failure code thrown in authorize(); this turns it into a message key. */
function failureKey(code: string | null | undefined): string {
  if (code?.startsWith("RATE_LIMITED")) return `auth:errors.rateLimited?minutes=${code.split(":")[1] ?? 15}`;
  if (code === "MALFORMED") return "auth:errors.malformed";
  if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return "auth:errors.invalidCredentials";
  return "errors:INTERNAL";
}

/** Only a path inside this portal may be a return address (no open redirect). */
function safeReturn(callbackUrl: string | undefined): string | null {
  return callbackUrl && /^\/(ar|en)(\/|$)/.test(callbackUrl) && !callbackUrl.startsWith("//") ? callbackUrl : null;
}

export function SignInForm({ lang, callbackUrl }: { lang: Lang; callbackUrl?: string }) {
  const { t } = useT();
  const [formError, setFormError] = useState<string>();
  const form = useForm<z.input<typeof ZSignIn>, unknown, SignInInput>({ resolver: zodResolver(ZSignIn), defaultValues: { kind: "citizen", login: "", password: "" }, shouldFocusError: false });
  const kind = form.watch("kind");

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(failureKey(result?.error));
      form.setValue("password", "");
      return;
    }
    const session = await getSession();
    const target = safeReturn(callbackUrl) ?? `/${lang}${AUDIENCE_HOME[session?.audience ?? "citizen"]}`;
    window.location.assign(target);
  });

  const labels = { login: t(kind === "citizen" ? "auth:nationalId" : "auth:username"), password: t("auth:password") };

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby="sign-in-help">
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-slate-800">{t("auth:accountType")}</legend>
          <div role="radiogroup" className="grid grid-cols-2 gap-2 rounded-xl bg-sand-100 p-1">
            {(["citizen", "staff"] as const).map((k) => (
              <label key={k} className={clsx("flex min-h-11 cursor-pointer items-center justify-center rounded-lg px-3 text-center text-sm font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600", kind === k ? "bg-white text-brand-800 shadow-sm" : "text-slate-600")}>
                <input type="radio" value={k} className="sr-only" {...form.register("kind", { onChange: () => form.clearErrors() })} />
                {t(`auth:kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <Field
          name="login"
          label={labels.login}
          hint={kind === "citizen" ? t("auth:nationalIdHint") : undefined}
          dir="ltr"
          autoComplete="username"
          inputMode={kind === "citizen" ? "numeric" : "text"}
          maxLength={kind === "citizen" ? 10 : 64}
        />
        <Field name="password" label={labels.password} type="password" dir="ltr" autoComplete="current-password" />

        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("auth:signingIn") : t("auth:signIn")}
        </Button>
        <p id="sign-in-help" className="text-xs text-slate-600">{t("auth:help")}</p>
      </form>
    </FormProvider>
  );
}
