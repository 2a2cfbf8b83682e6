import { ButtonLink } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { OFFICE_HELD_STATES } from "@/lib/domain/licensing/office-actions";
import { officeQueueCounts } from "@/lib/domain/licensing/queries/office-queue";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** The office dashboard's queue card: how many applications the office holds, wait for this member, are overdue. */
export async function OfficeQueueSummary({ lang, actor }: { lang: Lang; actor: Actor }) {
  const t = getT(lang);
  if (!actor.officeId || !rolesAllow(actor.roles, "licensing.office.queue")) return <p className="text-sm text-slate-600">{t("dashboard:office.queueEmpty")}</p>;
  const counts = await officeQueueCounts(actor);
  const held = OFFICE_HELD_STATES.reduce((n, s) => n + (counts.byStatus[s] ?? 0), 0);
  if (held === 0) return <p className="text-sm text-slate-600">{t("dashboard:office.queueEmpty")}</p>;
  const figures = [
    { label: t("licensingOffice:queue.stats.held"), value: held, tone: "text-brand-800" },
    { label: t("licensingOffice:queue.stats.mine"), value: counts.mine, tone: "text-brand-800" },
    { label: t("licensingOffice:queue.stats.overdue"), value: counts.overdue, tone: counts.overdue ? "text-red-700" : "text-brand-800" },
  ];
  return (
    <div className="flex flex-wrap items-end justify-between gap-4" data-testid="office-queue-summary">
      <dl className="flex flex-wrap gap-6">
        {figures.map((f) => (
          <div key={f.label}>
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className={`text-2xl font-bold tabular-nums ${f.tone}`}>{formatNumber(f.value, lang)}</dd>
          </div>
        ))}
      </dl>
      <ButtonLink href={`/${lang}/office/applications${counts.mine ? "?view=mine" : ""}`}>{t("licensingOffice:queue.open")}</ButtonLink>
    </div>
  );
}
