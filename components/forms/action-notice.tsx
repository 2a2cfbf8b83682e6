"use client";

import clsx from "clsx";
import { useEffect, useRef, type ReactNode } from "react";
import { ALERT_TONES, type AlertTone } from "@/components/ui/alert";


/**
 * The focus half of the pattern, for a confirmation drawn in its own style (e.g. the filed complaint's panel):
 * put the ref on an element with tabIndex={-1}; it takes the focus and scrolls into view when mounted and
 * whenever `key` changes.
 */
export function useTakeFocus<E extends HTMLElement>(key?: string | number) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    const reduce = typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView?.({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [key]);
  return ref;
}

/**
 * The one notification banner after an action (docs/decisions/027-after-action-feedback.md): a live region
 * (`status`, or `alert` for an error) that takes the focus and scrolls itself into the viewport when it
 * appears — and again whenever `noticeKey` changes, so a second action on the same page is announced too.
 * It sits where the page's content starts (or where the form was); the page around it shows the new state.
 */
export function ActionNotice({
  tone = "success",
  title,
  children,
  testId,
  noticeKey,
  className,
}: {
  tone?: AlertTone;
  title: ReactNode;
  children?: ReactNode;
  testId?: string;
  /** Changes with every new action result (a counter, a time): the banner takes the focus again. */
  noticeKey?: string | number;
  className?: string;
}) {
  const ref = useTakeFocus<HTMLDivElement>(noticeKey);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      data-action-notice=""
      className={clsx("scroll-mt-24 rounded-lg border border-s-4 p-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus:ring-2 focus:ring-brand-600/60", ALERT_TONES[tone], className)}
    >
      <p className="font-bold">{title}</p>
      {children && <div className="mt-1 space-y-2 text-sm">{children}</div>}
    </div>
  );
}

/**
 * The end of a submission (an application, a complaint, a permit, an appointment, an objection): the
 * notice, the reference to quote (isolated left-to-right inside Arabic), and what to do next as links.
 */
export function ConfirmationPanel({
  title,
  referenceLabel,
  reference,
  children,
  testId = "confirmation",
  noticeKey,
}: {
  title: ReactNode;
  referenceLabel: ReactNode;
  reference: string;
  children?: ReactNode;
  testId?: string;
  noticeKey?: string | number;
}) {
  return (
    <ActionNotice tone="success" title={title} testId={testId} noticeKey={noticeKey ?? reference}>
      <p>
        {referenceLabel}{" "}
        <bdi dir="ltr" className="font-bold tabular-nums text-base" data-testid="confirmation-reference">{reference}</bdi>
      </p>
      {children && <div className="flex flex-wrap gap-2 pt-1">{children}</div>}
    </ActionNotice>
  );
}
