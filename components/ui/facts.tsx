import clsx from "clsx";
import type { ReactNode } from "react";

/** One term and its value, inside a <dl>; `boxed` sets it on a tinted tile (a summary of a few facts). */
export function Fact({ label, children, testId, boxed = false }: { label: string; children: ReactNode; testId?: string; boxed?: boolean }) {
  return (
    <div className={clsx("min-w-0", boxed && "rounded-lg bg-sand-50 p-3")} data-testid={testId}>
      <dt className={clsx("text-xs", boxed ? "text-slate-600" : "font-bold text-slate-500")}>{label}</dt>
      <dd className={clsx("mt-0.5 break-words text-slate-900", boxed && "font-bold")}>{children}</dd>
    </div>
  );
}

/** A term/definition list that wraps on a phone (the one "facts" block of every detail page). */
export function Facts({ items }: { items: { label: string; value: ReactNode; testId?: string }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((it) => (
        <Fact key={it.label} label={it.label} testId={it.testId}>{it.value}</Fact>
      ))}
    </dl>
  );
}

/** A long value under its label (a reason, a note kept with its line breaks), or a block such as a list of files. */
export function LongFact({ label, children, testId, block = false }: { label: string; children: ReactNode; testId?: string; block?: boolean }) {
  return (
    <div>
      <p className={clsx("text-xs font-bold text-slate-500", block && "mb-2")}>{label}</p>
      {block ? children : <p dir="auto" className="mt-1 whitespace-pre-line text-start" data-testid={testId}>{children}</p>}
    </div>
  );
}
