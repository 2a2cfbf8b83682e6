import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** Shown on every office page while the member's office is suspended or revoked (lib/auth/office-block.ts). */
export function OfficeBlockBanner({ lang, actor }: { lang: Lang; actor: Actor }) {
  const block = actor.officeBlock;
  if (!block || block.status === "PENDING") return null;
  const t = getT(lang);
  return (
    <div role="alert" data-testid="office-suspended-banner" className="mb-6 rounded-xl border border-red-200 border-s-4 border-s-red-600 bg-red-50 p-4 text-red-900">
      <p className="font-bold">{t(`penalties:blocked.title.${block.status}`)}</p>
      <p className="mt-1 text-sm">
        {block.status === "SUSPENDED" && block.until ? t("penalties:blocked.banner", { until: formatGregorian(block.until, lang) }) : t("penalties:blocked.bannerRevoked")}
      </p>
      {block.roles.includes("OFFICE_MANAGER") && (
        <Link href={`/${lang}/office/compliance`} className="mt-2 inline-flex min-h-11 items-center font-bold text-red-800 underline underline-offset-4">{t("penalties:blocked.toCompliance")}</Link>
      )}
    </div>
  );
}
