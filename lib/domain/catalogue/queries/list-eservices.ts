import "server-only";
import { db } from "@/lib/db";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

export const CATEGORY_ORDER = ["TRANSACTIONAL", "INTERACTIVE", "INFORMATIONAL", "INTEGRATIVE"] as const;
export type EServiceCategoryName = (typeof CATEGORY_ORDER)[number];

export type EServiceDTO = { code: string; name: string; description: string; href: string | null; requiresLogin: boolean; audience: string };

/** The public catalogue, grouped by category in the order a citizen looks for them. */
export async function listEServicesByCategory(lang: Lang): Promise<{ category: EServiceCategoryName; services: EServiceDTO[] }[]> {
  const rows = await db.eService.findMany({ where: { active: true }, orderBy: [{ category: "asc" }, { sortOrder: "asc" }] });
  return CATEGORY_ORDER.map((category) => ({
    category,
    services: rows
      .filter((r) => r.category === category)
      .map((r) => ({
        code: r.code,
        name: localName(lang, r),
        description: localText(lang, r, "description"),
        href: r.path ? `/${lang}${r.path}` : null,
        requiresLogin: r.requiresLogin,
        audience: r.audience,
      })),
  })).filter((g) => g.services.length > 0);
}
