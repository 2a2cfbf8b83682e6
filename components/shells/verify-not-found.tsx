import type { ReactNode } from "react";

/** A public verification page's answer to an unknown code (HTTP 404), inside the public layout. */
export function VerifyNotFound({ title, heading, body, testId, children }: { title: string; heading: string; body: string; testId: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{title}</h1>
      <section data-testid={testId} role="alert" className="mt-6 rounded-xl border border-red-200 border-s-4 bg-red-50 p-5 text-red-900">
        <p className="text-lg font-bold">{heading}</p>
        <p className="mt-1 text-sm">{body}</p>
      </section>
      {children}
    </div>
  );
}
