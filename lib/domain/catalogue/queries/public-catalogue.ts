import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms } from "@/lib/domain/catalogue/normalize";
import { AUDIENCES, CATEGORIES, type Category, type Channel, type ServiceAudience } from "@/lib/domain/catalogue/schemas";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";
import { cachedForEveryone } from "@/lib/kernel/public-cache";

/** Only published services are public (a draft or a retired one is on no public page). */
const PUBLIC: Prisma.EServiceWhereInput = { status: "PUBLISHED" };
export const CATALOGUE_PAGE_SIZE = 12;
export const HOME_CARDS_PER_CATEGORY = 6;

export type ServiceCardDTO = {
  code: string;
  category: Category;
  audience: ServiceAudience;
  name: string;
  description: string;
  department: string;
  /** The guide of the service (every published service has one). */
  guideHref: string;
  /** The live service in the portal, when it is online here. */
  liveHref: string | null;
  requiresLogin: boolean;
  channels: Channel[];
};

const cardSelect = {
  code: true, category: true, audience: true, nameAr: true, nameEn: true, descriptionAr: true, descriptionEn: true,
  departmentAr: true, departmentEn: true, livePath: true, requiresLogin: true, channels: true,
} satisfies Prisma.EServiceSelect;
type Row = Prisma.EServiceGetPayload<{ select: typeof cardSelect }>;

function card(lang: Lang, r: Row): ServiceCardDTO {
  return {
    code: r.code,
    category: r.category,
    audience: r.audience,
    name: localName(lang, r),
    description: localText(lang, r, "description"),
    department: localText(lang, r, "department"),
    guideHref: `/${lang}/catalogue/${encodeURIComponent(r.code)}`,
    liveHref: r.livePath ? `/${lang}${r.livePath}` : null,
    requiresLogin: r.requiresLogin,
    channels: r.channels,
  };
}

/** A bilingual list column (requirementsAr / requirementsEn …) in the reader's language; English falls back to Arabic. */
function localList<K extends string>(lang: Lang, x: { [P in `${K}Ar` | `${K}En`]: string[] }, field: K): string[] {
  const ar = (x as Record<string, string[]>)[`${field}Ar`]!;
  const en = (x as Record<string, string[]>)[`${field}En`]!;
  return lang === "en" && en.length > 0 ? en : ar;
}

/** The home page: each category's first cards (in the catalogue's order) and how many it has in all. */
/** Cached for everyone, expired by the catalogue commands (lib/kernel/public-cache.ts). */
export const homeCatalogue = cachedForEveryone("homeCatalogue", ["catalogue"], async (lang: Lang): Promise<{ category: Category; total: number; services: ServiceCardDTO[] }[]> => {
  const [rows, counts] = await Promise.all([
    db.eService.findMany({ where: PUBLIC, select: cardSelect, orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { code: "asc" }] }),
    db.eService.groupBy({ by: ["category"], where: PUBLIC, _count: { _all: true } }),
  ]);
  return CATEGORIES.map((category) => ({
    category,
    total: counts.find((c) => c.category === category)?._count._all ?? 0,
    services: rows.filter((r) => r.category === category).slice(0, HOME_CARDS_PER_CATEGORY).map((r) => card(lang, r)),
  })).filter((g) => g.total > 0);
});

export type CatalogueFilters = { q: string; category: Category | null; audience: ServiceAudience | null; page: number };

/** The catalogue's search parameters; anything unknown is ignored (never an error for a hand-edited URL). */
export function parseCatalogueFilters(sp: { q?: string | string[]; category?: string | string[]; audience?: string | string[] }, page: number): CatalogueFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const category = one(sp.category);
  const audience = one(sp.audience);
  return {
    q: one(sp.q).slice(0, 100),
    category: (CATEGORIES as readonly string[]).includes(category) ? (category as Category) : null,
    audience: (AUDIENCES as readonly string[]).includes(audience) ? (audience as ServiceAudience) : null,
    page,
  };
}

/**
 * Search as people type it: the query is normalized by the same function as the stored search text
 * (EService.searchText, trigram-indexed), and a service matches when its text contains every word.
 */
export const searchCatalogue = cachedForEveryone("searchCatalogue", ["catalogue"], async (lang: Lang, f: CatalogueFilters): Promise<{ rows: ServiceCardDTO[]; total: number; page: number; pageSize: number }> => {
  const where: Prisma.EServiceWhereInput = {
    ...PUBLIC,
    ...(f.category ? { category: f.category } : {}),
    ...(f.audience ? { audience: f.audience } : {}),
    AND: searchTerms(f.q).map((w) => ({ searchText: { contains: w } })),
  };
  const [rows, total] = await Promise.all([
    db.eService.findMany({ where, select: cardSelect, orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { code: "asc" }], skip: (f.page - 1) * CATALOGUE_PAGE_SIZE, take: CATALOGUE_PAGE_SIZE }),
    db.eService.count({ where }),
  ]);
  return { rows: rows.map((r) => card(lang, r)), total, page: f.page, pageSize: CATALOGUE_PAGE_SIZE };
});

export type ServiceGuideDTO = ServiceCardDTO & {
  requirements: string[];
  documents: string[];
  steps: string[];
  feeHalalas: number | null;
  fee: string;
  duration: string;
  updatedAt: Date;
};

/** One published service's guide (the "awareness booklet"); null when unknown, drafted or retired. */
export const getServiceGuide = cachedForEveryone("getServiceGuide", ["catalogue"], async (lang: Lang, code: string): Promise<ServiceGuideDTO | null> => {
  const r = await db.eService.findFirst({ where: { ...PUBLIC, code } });
  if (!r) return null;
  return {
    ...card(lang, r),
    requirements: localList(lang, r, "requirements"),
    documents: localList(lang, r, "documents"),
    steps: localList(lang, r, "steps"),
    feeHalalas: r.feeHalalas,
    fee: localText(lang, r, "fee"),
    duration: localText(lang, r, "duration"),
    updatedAt: r.updatedAt,
  };
});
