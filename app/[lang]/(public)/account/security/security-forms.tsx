"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { Lang } from "@/lib/i18n/settings";
import { translateMessage } from "@/lib/i18n/core";
import type { changePasswordAction, confirmTotpAction, resetPasswordAction, startTotpAction } from "./actions";
import authMessages from "@/lib/i18n/bundles/auth";

/** Changing the password ends every session (docs/decisions/009): sign out here and sign in with the new one. */
export const ChangePasswordForm = withT(function ChangePasswordForm({ lang, action }: { lang: Lang; action: typeof changePasswordAction }) {
  const { t } = useT(authMessages);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/identity/schemas").then((m) => m.ZChangePassword),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action,
    onSuccess: () => void signOut({ callbackUrl: `/${lang}/sign-in?changed=1` }),
  });
  const labels = { currentPassword: t("auth:account.currentPassword"), newPassword: t("auth:account.newPassword"), confirmPassword: t("auth:account.confirmPassword") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" data-testid="change-password">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Field name="currentPassword" label={labels.currentPassword} type="password" dir="ltr" autoComplete="current-password" />
        <Field name="newPassword" label={labels.newPassword} hint={t("auth:account.newPasswordHint")} type="password" dir="ltr" autoComplete="new-password" />
        <Field name="confirmPassword" label={labels.confirmPassword} type="password" dir="ltr" autoComplete="new-password" />
        <SubmitButton>{t("auth:account.change")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

/** Two-factor enrollment: a new secret as a QR code (and as text), then the app's code turns it on. */
export const TotpEnrollment = withT(function TotpEnrollment({ home, confirmAction, startAction }: { home: string; confirmAction: typeof confirmTotpAction; startAction: typeof startTotpAction }) {
  const { t } = useT(authMessages);
  const [setup, setSetup] = useState<{ qr: string; secret: string } | null>(null);
  const [startError, setStartError] = useState<string>();
  const [enabled, setEnabled] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/identity/schemas").then((m) => m.ZTotpCode),
    defaultValues: { code: "" },
    action: confirmAction,
    onSuccess: () => setEnabled(true),
  });

  if (enabled) {
    return (
      <div className="space-y-4">
        <Alert tone="success" testId="totp-enabled">{t("auth:account.totpEnabled")}</Alert>
        <ButtonLink href={home}>{t("auth:account.continue")}</ButtonLink>
      </div>
    );
  }
  if (!setup) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{t("auth:account.totpOff")}</p>
        {startError && <Alert tone="error">{translateMessage(t, startError)}</Alert>}
        <Button
          type="button"
          onClick={async () => {
            setStartError(undefined);
            const result = await startAction();
            if (result.ok) setSetup(result.data);
            else setStartError(result.formError ?? "errors:INTERNAL");
          }}
        >
          {t("auth:account.totpStart")}
        </Button>
      </div>
    );
  }
  const labels = { code: t("auth:totp") };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("auth:account.totpScan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
      <img src={setup.qr} alt={t("auth:account.totpQrAlt")} width={200} height={200} className="rounded border border-sand-200" data-testid="totp-qr" />
      <p className="text-sm">
        <span className="font-bold">{t("auth:account.totpKey")}: </span>
        <code dir="ltr" className="break-all" data-testid="totp-secret">{setup.secret}</code>
      </p>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Field name="code" label={labels.code} hint={t("auth:totpHint")} dir="ltr" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          <SubmitButton>{t("auth:account.totpConfirm")}</SubmitButton>
        </form>
      </FormProvider>
    </div>
  );
});

/** ADMIN: reset a staff member's password (temporary one by SMS, change forced at next sign-in). */
export const ResetPasswordForm = withT(function ResetPasswordForm({ action }: { action: typeof resetPasswordAction }) {
  const { t } = useT(authMessages);
  const [done, setDone] = useState<string>();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/identity/schemas").then((m) => m.ZResetPassword),
    defaultValues: { username: "" },
    action: async (v) => {
      setDone(undefined);
      const result = await action(v);
      if (result.ok) setDone(v.username);
      return result;
    },
  });
  const labels = { username: t("auth:account.reset.username") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        {done && <Alert tone="success" testId="reset-done">{t("auth:account.reset.done", { username: done })}</Alert>}
        <Field name="username" label={labels.username} dir="ltr" autoComplete="off" maxLength={64} />
        <SubmitButton variant="danger">{t("auth:account.reset.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
