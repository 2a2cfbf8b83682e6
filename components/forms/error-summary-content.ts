import type { ErrorSummaryItem } from "@/components/forms/error-summary-view";
import { translateMessage, type T } from "@/lib/i18n/core";
import { fieldMessage } from "@/lib/i18n/field-messages";

/**
 * What the error summary says, translated with `t` (the browser's for react-hook-form forms, the server's for
 * server-rendered ones): its title (the form's own error, else the generic request to correct), null when there is
 * nothing to show, and one item per field error with the field's label and its specific message.
 */
export function errorSummaryContent(t: T, fieldErrors: [name: string, message: string | undefined][], formError: string | undefined, labels: Record<string, string>): { title: string | null; items: ErrorSummaryItem[] } {
  const entries = fieldErrors.filter(([, message]) => message);
  const visible = entries.length > 0 || !!formError;
  const title = !visible ? null : formError ? translateMessage(t, formError) : t("common:form.errorSummaryTitle");
  const items = entries.map(([name, message]) => ({ name, label: labels[name] ?? name, message: fieldErrorText(t, name, message) ?? "" }));
  return { title, items };
}

/**
 * A field's error as the person reads it, under the field and in the summary alike: the field's own request
 * («أدخل رقم الفاتورة») where the dictionaries have one, else the message as it is. Undefined when there is none.
 */
export function fieldErrorText(t: T, name: string, message: string | undefined): string | undefined {
  return message ? translateMessage(t, fieldMessage(name, message)) : undefined;
}
