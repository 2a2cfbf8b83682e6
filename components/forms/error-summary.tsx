"use client";

import type { FieldErrors } from "react-hook-form";
import { ErrorSummaryView } from "@/components/forms/error-summary-view";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { translateMessage } from "@/lib/i18n/core";
import { fieldMessage } from "@/lib/i18n/field-messages";

/**
 * Every error of a react-hook-form form, translated in the browser, at the top of the form (ErrorSummaryView:
 * focus after a failed submit, a link to each field). Server-rendered forms use PlainErrorSummary.
 */
export const ErrorSummary = withT(function ErrorSummary({ errors, formError, labels, submitCount }: { errors: FieldErrors; formError?: string; labels: Record<string, string>; submitCount: number }) {
  const { t } = useT();
  const entries = Object.entries(errors).filter(([, e]) => e?.message);
  const visible = entries.length > 0 || !!formError;
  const title = !visible ? null : formError ? translateMessage(t, formError) : t("common:form.errorSummaryTitle");
  const items = entries.map(([name, e]) => ({ name, label: labels[name] ?? name, message: translateMessage(t, fieldMessage(name, e?.message as string)) }));
  return <ErrorSummaryView title={title} items={items} submitCount={submitCount} />;
});
