"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { translateMessage } from "@/lib/i18n/core";

/**
 * Lists every error at the top of the form and takes the focus there after a failed submit,
 * so keyboard and screen-reader users learn what to fix (GOV.UK / WCAG pattern).
 */
export function ErrorSummary({ errors, formError, labels, submitCount }: { errors: FieldErrors; formError?: string; labels: Record<string, string>; submitCount: number }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, e]) => e?.message);
  const visible = entries.length > 0 || !!formError;

  useEffect(() => {
    if (visible && submitCount > 0) ref.current?.focus();
  }, [visible, submitCount, formError]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" data-testid="error-summary" className="rounded-lg border-s-4 border border-red-300 bg-red-50 p-4 text-red-900">
      <p id="error-summary-title" className="font-bold">
        {formError ? translateMessage(t, formError) : t("common:form.errorSummaryTitle")}
      </p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
          {entries.map(([name, e]) => (
            <li key={name}>
              <span className="font-semibold">{labels[name] ?? name}: </span>
              {translateMessage(t, e?.message as string)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
