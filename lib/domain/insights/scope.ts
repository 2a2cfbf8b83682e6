import type { Actor } from "@/lib/auth/actor";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import type { DbOrTx } from "@/lib/db";
import type { Level, Name, Scope } from "@/lib/domain/insights/types";

/**
 * Which dashboards a decision maker may open, and the scope each one reads. The Amanah level needs an
 * Amanah-wide assignment (the mayor); a municipality's leader sees their municipalities and the departments'
 * figures within them. Whatever the URL says, the scope never leaves the actor's own (decision daily-aggregates).
 */
export type ScopeChoice = {
  levels: Level[];
  municipalities: (Name & { id: string; code: string })[];
  departments: (Name & { id: string; code: string })[];
};

export type ScopeRequest = { level?: string; m?: string; d?: string };
export type ResolvedScope = { scope: Scope; municipality: (Name & { id: string; code: string }) | null; department: (Name & { id: string; code: string }) | null };

export async function scopeChoice(db: DbOrTx, actor: Actor): Promise<ScopeChoice> {
  const ids = await visibleMunicipalityIds(db, actor);
  const [municipalities, departments] = await Promise.all([
    db.municipality.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.department.findMany({ where: { amanahId: { in: actor.amanahIds }, active: true }, select: { id: true, code: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  const levels: Level[] = [...(actor.municipalityIds === null && actor.amanahIds.length ? (["amanah"] as const) : []), ...(municipalities.length ? (["municipality", "department"] as const) : [])];
  return { levels, municipalities, departments };
}

/**
 * The scope of the dashboard asked for, or null when the actor may not see it (unknown level, a municipality or
 * department outside their scope). Without a level: the widest the actor has.
 */
export function resolveScope(actor: Actor, choice: ScopeChoice, req: ScopeRequest): ResolvedScope | null {
  const level = (req.level ?? choice.levels[0]) as Level | undefined;
  if (!level || !choice.levels.includes(level)) return null;
  const municipality = req.m ? (choice.municipalities.find((m) => m.code === req.m) ?? null) : null;
  if (req.m && !municipality) return null;
  const base = { amanahIds: actor.amanahIds, municipalityIds: actor.municipalityIds === null ? null : choice.municipalities.map((m) => m.id) };
  if (level === "amanah") return { scope: { level, ...base, departmentId: null }, municipality: null, department: null };
  if (level === "municipality") {
    const m = municipality ?? choice.municipalities[0]!;
    return { scope: { level, amanahIds: actor.amanahIds, municipalityIds: [m.id], departmentId: null }, municipality: m, department: null };
  }
  const department = req.d ? (choice.departments.find((d) => d.code === req.d) ?? null) : (choice.departments[0] ?? null);
  if (!department) return null;
  return {
    scope: { level, amanahIds: actor.amanahIds, municipalityIds: municipality ? [municipality.id] : base.municipalityIds, departmentId: department.id },
    municipality,
    department,
  };
}
