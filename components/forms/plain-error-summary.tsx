import { ErrorSummaryView } from "@/components/forms/error-summary-view";
import { fieldMessage } from "@/lib/i18n/field-messages";
import { getT, tMessage } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The error summary of a form rendered on the server (PlainField, PlainSelect): the server's field errors (message
 * keys) translated here, so the page ships no client i18n for it (decision 040). Same look, focus and links as
 * the react-hook-form ErrorSummary.
 */
export function PlainErrorSummary({ lang, fieldErrors, formError, labels, submitCount }: { lang: Lang; fieldErrors: Record<string, string>; formError?: string; labels: Record<string, string>; submitCount: number }) {
  const entries = Object.entries(fieldErrors).filter(([, message]) => message);
  const visible = entries.length > 0 || !!formError;
  const title = !visible ? null : formError ? tMessage(lang, formError) : getT(lang)("common:form.errorSummaryTitle");
  const items = entries.map(([name, message]) => ({ name, label: labels[name] ?? name, message: tMessage(lang, fieldMessage(name, message)) }));
  return <ErrorSummaryView title={title} items={items} submitCount={submitCount} />;
}
