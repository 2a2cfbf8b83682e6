"use client";

import { useEffect, useRef } from "react";
import { useFieldId } from "@/components/forms/ids";

export type ErrorSummaryItem = { name: string; label: string; message: string };

/**
 * The error summary as the user sees it, with its words already translated: at the top of the form, it takes the
 * focus after a failed submit so keyboard and screen-reader users learn what to fix (GOV.UK / WCAG pattern), and
 * each error links to its field (the stable id from components/forms/ids.tsx) and moves the focus there.
 * `ErrorSummary` translates for react-hook-form forms in the browser; `PlainErrorSummary` on the server, for the
 * forms that work without JavaScript, so their pages need no client i18n (decision 040).
 */
export function ErrorSummaryView({ title, items, submitCount }: { title: string | null; items: ErrorSummaryItem[]; submitCount: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = title !== null;

  useEffect(() => {
    if (visible && submitCount > 0) ref.current?.focus();
  }, [visible, submitCount, title]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" data-testid="error-summary" className="rounded-lg border-s-4 border border-red-300 bg-red-50 p-4 text-red-900">
      <p id="error-summary-title" className="font-bold">
        {title}
      </p>
      {items.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
          {items.map((item) => (
            <ErrorLink key={item.name} {...item} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ErrorLink({ name, label, message }: ErrorSummaryItem) {
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
