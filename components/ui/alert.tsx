import clsx from "clsx";
import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "error";
/** The tones of every notice (Alert, ActionNotice): one palette. */
export const ALERT_TONES: Record<AlertTone, string> = {
  info: "border-sky-300 bg-sky-50 text-sky-950",
  success: "border-brand-200 bg-brand-50 text-brand-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-900",
};

export function Alert({ tone = "info", title, children, id, testId }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode; id?: string; testId?: string }) {
  return (
    <div id={id} data-testid={testId} role={tone === "error" ? "alert" : "status"} className={clsx("rounded-lg border-s-4 border p-4", ALERT_TONES[tone])}>
      {title && <p className="font-bold">{title}</p>}
      {children && <div className={clsx(title && "mt-1", "text-sm")}>{children}</div>}
    </div>
  );
}
