import type { ReactNode } from "react";

/** A term/definition list that wraps on a phone (the one "facts" block of every detail page). */
export function Facts({ items }: { items: { label: string; value: ReactNode; testId?: string }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map((it) => (
        <div key={it.label} className="min-w-0" data-testid={it.testId}>
          <dt className="text-xs font-semibold text-slate-500">{it.label}</dt>
          <dd className="mt-0.5 break-words text-slate-900">{it.value}</dd>
        </div>
      ))}
    </dl>
  );
}
