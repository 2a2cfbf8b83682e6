import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/** The districts the plan-number search offers (every district, by municipality), for the company's search form. */
export async function searchDistricts(actor: Actor) {
  if (!rolesAllow(actor.roles, "permits.utility.search")) return [];
  return db.district.findMany({
    orderBy: [{ municipality: { code: "asc" } }, { nameAr: "asc" }],
    select: { id: true, nameAr: true, nameEn: true, municipality: { select: { nameAr: true, nameEn: true } } },
  });
}
