import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { fineRange } from "@/lib/domain/violations/rules";
import { normalizeLookup } from "@/lib/domain/violations/schemas";
import { municipalityScope } from "@/lib/auth/scope";
import { repeatedArticleIds } from "@/lib/domain/violations/queries/repeat";

export type InspectorEstablishmentDTO = {
  id: string;
  tradeNameAr: string;
  tradeNameEn: string | null;
  commercialRegNo: string;
  licenseNumber: string | null;
  ownerName: string;
  addressAr: string | null;
  municipality: { nameAr: string; nameEn: string };
  latitude: number | null;
  longitude: number | null;
};

export type ArticleOptionDTO = {
  id: string;
  code: string;
  titleAr: string;
  titleEn: string;
  categoryAr: string;
  categoryEn: string;
  minHalalas: number;
  maxHalalas: number;
  isRepeat: boolean;
  multiplier: number;
};

/**
 * The establishment an inspector is standing in front of, by license number or CR number, among the
 * inspector's municipalities only; with every active article and the fine range that applies to THIS
 * establishment now (multiplied where it would be a repeat offence).
 */
export async function findEstablishmentForInspection(
  actor: Actor,
  q: string | undefined,
): Promise<{ establishment: InspectorEstablishmentDTO; articles: ArticleOptionDTO[] } | null> {
  const key = normalizeLookup(q);
  if (!key) return null;
  const establishment = await db.establishment.findFirst({
    where: { municipality: municipalityScope(actor), OR: [{ commercialRegNo: key }, { licenseNumber: key }] },
    select: {
      id: true,
      tradeNameAr: true,
      tradeNameEn: true,
      commercialRegNo: true,
      licenseNumber: true,
      ownerName: true,
      addressAr: true,
      latitude: true,
      longitude: true,
      municipality: { select: { nameAr: true, nameEn: true } },
    },
  });
  if (!establishment) return null;
  const [articles, repeated] = await Promise.all([
    db.violationArticle.findMany({ where: { active: true }, orderBy: { code: "asc" } }),
    repeatedArticleIds(db, establishment.id, new Date()),
  ]);
  return {
    establishment,
    articles: articles.map((a) => {
      const r = fineRange(a, repeated.has(a.id));
      return {
        id: a.id,
        code: a.code,
        titleAr: a.titleAr,
        titleEn: a.titleEn,
        categoryAr: a.categoryAr,
        categoryEn: a.categoryEn,
        minHalalas: r.minHalalas,
        maxHalalas: r.maxHalalas,
        isRepeat: r.isRepeat,
        multiplier: a.repeatMultiplier,
      };
    }),
  };
}
