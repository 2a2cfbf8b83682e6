import Link from "next/link";
import type { IconName } from "@/components/shells/nav";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";
import type { Category } from "@/lib/domain/catalogue/schemas";
import type { ServiceCardDTO } from "@/lib/domain/catalogue/queries/public-catalogue";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** One icon per category (issue 17, item 10), the same on the home page, the catalogue and the guides. */
export const CATEGORY_ICON: Record<Category, IconName> = {
  TRANSACTIONAL: "license",
  INTERACTIVE: "megaphone",
  INFORMATIONAL: "search",
  INTEGRATIVE: "key",
};

export function CategoryIcon({ category, className }: { category: Category; className?: string }) {
  return (
    <span className={`inline-flex shrink-0 items-center justify-center rounded-lg bg-brand-50 p-2 text-brand-700 ${className ?? ""}`} data-category-icon={category} aria-hidden="true">
      <Icon name={CATEGORY_ICON[category]} />
    </span>
  );
}

/**
 * A catalogue card: its title is a real link to the service's guide, and "start" links to the live service when the
 * portal has it (a card never leads nowhere, issue 17 item 1).
 */
export function ServiceCard({ lang, s, heading: H = "h3" }: { lang: Lang; s: ServiceCardDTO; heading?: "h2" | "h3" | "h4" }) {
  const t = getT(lang);
  return (
    <li className="flex min-w-0 flex-col rounded-xl border border-sand-200 bg-white p-5 shadow-sm" data-testid="eservice" data-code={s.code}>
      <div className="flex items-start gap-3">
        <CategoryIcon category={s.category} />
        <div className="min-w-0">
          <H className="font-bold text-slate-900">
            <Link href={s.guideHref} className="hover:text-brand-700 hover:underline" data-testid="eservice-guide">{s.name}</Link>
          </H>
          <p className="mt-1 text-sm text-slate-600">{s.description}</p>
        </div>
      </div>
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-4">
        <Badge tone="slate">{t(`catalogue:audiences.${s.audience}`)}</Badge>
        {s.requiresLogin ? <Badge tone="amber">{t("catalogue:card.requiresLogin")}</Badge> : <Badge tone="green">{t("catalogue:card.open")}</Badge>}
      </div>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm font-bold">
        <Link href={s.guideHref} className="inline-flex min-h-11 items-center text-brand-700 hover:underline" aria-label={`${t("catalogue:card.guide")}: ${s.name}`}>{t("catalogue:card.guide")}</Link>
        {s.liveHref && (
          <Link href={s.liveHref} className="inline-flex min-h-11 items-center text-brand-700 hover:underline" data-testid="eservice-live" aria-label={`${t("catalogue:card.start")}: ${s.name}`}>{t("catalogue:card.start")}</Link>
        )}
      </div>
    </li>
  );
}

/** The guest's front door (issue 17, item 1): filing and tracking a report, a bill, verification, the catalogue. */
export const FRONT_DOOR = [
  { key: "complaint", href: "/complaints/new", icon: "megaphone" },
  { key: "track", href: "/complaints/track", icon: "search" },
  { key: "bills", href: "/bills/inquiry", icon: "bill" },
  { key: "verify", href: "/verify", icon: "shield" },
  { key: "catalogue", href: "/catalogue", icon: "grid" },
] as const satisfies readonly { key: string; href: string; icon: IconName }[];
