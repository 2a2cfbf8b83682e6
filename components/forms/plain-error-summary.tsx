import { errorSummaryContent } from "@/components/forms/error-summary-content";
import { ErrorSummaryView } from "@/components/forms/error-summary-view";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The error summary of a form rendered on the server (PlainField, PlainSelect): the server's field errors (message
 * keys) translated here, so the page ships no client i18n for it (decision 040). Same look, focus and links as
 * the react-hook-form ErrorSummary.
 */
export function PlainErrorSummary({ lang, fieldErrors, formError, labels, submitCount }: { lang: Lang; fieldErrors: Record<string, string>; formError?: string; labels: Record<string, string>; submitCount: number }) {
  const { title, items } = errorSummaryContent(getT(lang), Object.entries(fieldErrors), formError, labels);
  return <ErrorSummaryView title={title} items={items} submitCount={submitCount} />;
}
