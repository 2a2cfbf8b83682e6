"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFieldId } from "@/components/forms/ids";
import { translateMessage } from "@/lib/i18n/core";
import { fieldMessage } from "@/lib/i18n/field-messages";

/**
 * Lists every error at the top of the form and takes the focus there after a failed submit,
 * so keyboard and screen-reader users learn what to fix (GOV.UK / WCAG pattern). Each error links to
 * its field (the stable id from components/forms/ids.tsx) and moves the focus there.
 */
export const ErrorSummary = withT(function ErrorSummary({ errors, formError, labels, submitCount }: { errors: FieldErrors; formError?: string; labels: Record<string, string>; submitCount: number }) {
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
            <ErrorLink key={name} name={name} label={labels[name] ?? name} message={translateMessage(t, fieldMessage(name, e?.message as string))} />
          ))}
        </ul>
      )}
    </div>
  );
});

function ErrorLink({ name, label, message }: { name: string; label: string; message: string }) {
  const id = useFieldId(name);
  return (
    <li>
      <a
        href={`#${id}`}
        className="underline decoration-red-300 underline-offset-2 hover:decoration-red-700"
        onClick={(ev) => {
          const el = document.getElementById(id);
          if (!el) return; // a field without a control of its own (e.g. a list of files): the link just jumps
          ev.preventDefault();
          el.focus();
          el.scrollIntoView({ block: "center" });
        }}
      >
        <span className="font-bold">{label}: </span>
        {message}
      </a>
    </li>
  );
}
