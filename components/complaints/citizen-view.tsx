import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { CitizenComplaintDTO } from "@/lib/domain/complaints/queries/citizen";
import type { ComplaintState } from "@/lib/domain/complaints/workflow";
import { formatDual } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import { Fact } from "@/components/ui/facts";

const TONE: Record<ComplaintState, "green" | "amber" | "red" | "slate" | "blue"> = {
  NEW: "blue",
  IN_PROGRESS: "amber",
  RESOLVED: "green",
  REJECTED: "red",
  CLOSED: "slate",
  MERGED: "slate",
};

/** A complaint's status, in the words of the citizen's pages (`complaints`) or of the staff's (`complaintsStaff`). */
export function ComplaintStatusBadge({ lang, status, ns = "complaints" }: { lang: Lang; status: ComplaintState; ns?: "complaints" | "complaintsStaff" }) {
  return <Badge tone={TONE[status]} status={status}>{getT(lang)(ns === "complaints" ? `complaints:status.${status}` : `complaintsStaff:status.${status}`)}</Badge>;
}

const DOT: Record<string, string> = {
  CREATED: "bg-sky-600",
  REFERRED: "bg-indigo-600",
  UPDATE: "bg-slate-600",
  RESOLVED: "bg-brand-600",
  REJECTED: "bg-red-600",
  REOPENED: "bg-amber-600",
  RATED: "bg-brand-600",
  MERGED: "bg-slate-500",
  CLOSED: "bg-slate-500",
};

/**
 * A complaint as its reporter sees it: the facts, and the timeline of PUBLIC events only (the DTO never
 * carries internal notes, assignments or escalations). `actions` (rate / reopen) go under the timeline.
 */
export function CitizenComplaintView({ lang, c, actions }: { lang: Lang; c: CitizenComplaintDTO; actions?: ReactNode }) {
  const t = getT(lang);
  return (
    <div className="space-y-6" data-testid="complaint-view">
      <section className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-xs text-slate-500">{t("complaints:view.reference")}</p>
            <p className="text-2xl font-bold tracking-wider tabular-nums text-brand-900" dir="ltr" data-testid="view-reference">{c.reference}</p>
            <p className="mt-1 font-bold text-slate-800">{localName(lang, c.category)}</p>
          </div>
          <span data-testid="view-status"><ComplaintStatusBadge lang={lang} status={c.status} /></span>
        </div>
        {c.mergedInto && (
          <p className="mt-3 rounded-lg bg-sky-50 p-3 text-sm text-sky-950">
            {t("complaints:view.mergedInto", { reference: "\u2066" + c.mergedInto.reference + "\u2069" })}
          </p>
        )}
        <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <Fact boxed label={t("complaints:view.handledBy")}>{localName(lang, c.department)}</Fact>
          <Fact boxed label={t("complaints:view.municipality")}>{localName(lang, c.municipality)}{c.district ? ` — ${localName(lang, c.district)}` : ""}</Fact>
          <Fact boxed label={t("complaints:view.filedOn")}><DateText date={c.createdAt} lang={lang} withTime /></Fact>
          {c.resolvedAt && <Fact boxed label={t("complaints:view.resolvedOn")}><DateText date={c.resolvedAt} lang={lang} withTime /></Fact>}
          {(c.latitude !== null && c.longitude !== null) || c.addressText ? (
            <Fact boxed label={t("complaints:view.place")}>
              {c.addressText && <span className="block">{c.addressText}</span>}
              {c.latitude !== null && c.longitude !== null && (
                <bdi dir="ltr" className="text-sm font-normal tabular-nums text-slate-700">{`${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}`}</bdi>
              )}
            </Fact>
          ) : null}
          {c.rating !== null && <Fact boxed label={t("complaints:rate.rating")}>{t("complaints:view.yourRating", { rating: c.rating })}</Fact>}
        </dl>
        <div className="mt-4">
          <h2 className="text-sm font-bold text-slate-700">{t("complaints:view.description")}</h2>
          <p dir="auto" className="mt-1 whitespace-pre-line text-start text-slate-900">{c.description}</p>
          {c.photoCount > 0 && <p className="mt-2 text-sm text-slate-600">{t("complaints:view.photos", { n: c.photoCount })}</p>}
        </div>
      </section>

      <section className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-base font-bold text-brand-900">{t("complaints:view.timeline")}</h2>
        <ol className="mt-4 space-y-0" data-testid="timeline">
          {c.events.map((e, i) => (
            <li key={e.id} className="relative flex gap-3 pb-5" data-testid="timeline-event" data-kind={e.kind}>
              {i < c.events.length - 1 && <span aria-hidden="true" className="absolute start-[7px] top-4 h-full w-0.5 bg-sand-200" />}
              <span aria-hidden="true" className={`relative mt-1 size-4 shrink-0 rounded-full ring-4 ring-white ${DOT[e.kind] ?? "bg-slate-400"}`} />
              <div className="min-w-0">
                <p className="font-bold text-slate-900">{t(`complaints:event.${e.kind as "CREATED"}`)}</p>
                <p className="text-xs text-slate-500">
                  {formatDual(e.at, lang, true).gregorian}
                  {e.fromReference && <> · {t("complaints:view.fromMerged", { reference: "\u2066" + e.fromReference + "\u2069" })}</>}
                </p>
                {e.rating !== null && <p className="mt-1 text-sm text-slate-800">{t("complaints:view.yourRating", { rating: e.rating })}</p>}
                {e.body && <p dir="auto" className="mt-1 whitespace-pre-line text-start text-sm text-slate-800">{e.body}</p>}
              </div>
            </li>
          ))}
        </ol>
        {c.reopenUntil && (c.canRate || c.canReopen) && (
          <p className="mt-1 text-sm text-slate-700">{t("complaints:view.windowOpen", { date: formatDual(c.reopenUntil, lang, true).gregorian })}</p>
        )}
      </section>
      {actions}
    </div>
  );
}
