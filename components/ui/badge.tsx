import clsx from "clsx";
import type { ReactNode } from "react";

type Tone = "green" | "amber" | "red" | "slate" | "blue";
const tones: Record<Tone, string> = {
  green: "bg-brand-50 text-brand-800 ring-brand-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  slate: "bg-slate-100 text-slate-700 ring-slate-200",
  blue: "bg-sky-50 text-sky-900 ring-sky-200",
};

/** `status` (the machine value, e.g. PAID) becomes data-status, so a test asserts the state, not a word inside another word. */
export function Badge({ tone = "slate", children, status, testId }: { tone?: Tone; children: ReactNode; status?: string; testId?: string }) {
  return <span data-status={status} data-testid={testId} className={clsx("inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-bold ring-1 ring-inset", tones[tone])}>{children}</span>;
}
