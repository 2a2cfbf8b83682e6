"use client";

import type { FieldErrors } from "react-hook-form";
import { errorSummaryContent } from "@/components/forms/error-summary-content";
import { ErrorSummaryView } from "@/components/forms/error-summary-view";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";

/**
 * Every error of a react-hook-form form, translated in the browser, at the top of the form (ErrorSummaryView:
 * focus after a failed submit, a link to each field). Server-rendered forms use PlainErrorSummary.
 */
export const ErrorSummary = withT(function ErrorSummary({ errors, formError, labels, submitCount }: { errors: FieldErrors; formError?: string; labels: Record<string, string>; submitCount: number }) {
  const { t } = useT();
  const { title, items } = errorSummaryContent(t, Object.entries(errors).map(([name, e]) => [name, e?.message as string | undefined]), formError, labels);
  return <ErrorSummaryView title={title} items={items} submitCount={submitCount} />;
});
