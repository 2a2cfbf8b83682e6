/**
 * The technical inspector's checklist per activity group (pure data). Every shop gets the common
 * safety items; the activity's group adds its own (food hygiene, tool sterilisation, oil separators …),
 * and any activity that needs a health license adds the workers' health certificates.
 * Labels live in locales/<lang>/licensingOffice.json under checklist.<key>; the Inspection row keeps
 * the keys with their answers, so a later change of wording never rewrites a past visit.
 */
export const CHECKLIST_ITEMS = [
  // every shop
  "areaMatches",
  "signMatches",
  "fireExtinguishers",
  "emergencyExit",
  "electricalSafety",
  "cleanFacade",
  // food (restaurants, production, food retail)
  "foodStorage",
  "prepSeparation",
  "handWashing",
  "washableSurfaces",
  "pestControl",
  "wasteContainers",
  // personal care, sport
  "toolSterilization",
  "singleUseTools",
  "ventilation",
  // vehicles
  "oilSeparator",
  "floorDrainage",
  // accommodation
  "fireAlarm",
  "guestRegister",
  // health
  "medicalWaste",
  // retail, business
  "sidewalkClear",
  // every health activity
  "workerHealthCerts",
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

const COMMON: readonly ChecklistItem[] = ["areaMatches", "signMatches", "fireExtinguishers", "emergencyExit", "electricalSafety", "cleanFacade"];
const FOOD: readonly ChecklistItem[] = ["foodStorage", "prepSeparation", "handWashing", "washableSurfaces", "pestControl", "wasteContainers"];

/** Activity.groupEn → the group's own items (seeded groups in prisma/seed/activities.ts). */
const BY_GROUP: Record<string, readonly ChecklistItem[]> = {
  "Food & restaurants": FOOD,
  "Food production": FOOD,
  "Food retail": ["foodStorage", "washableSurfaces", "pestControl", "wasteContainers"],
  "Personal services": ["toolSterilization", "singleUseTools", "ventilation", "washableSurfaces"],
  "Sport & recreation": ["ventilation", "washableSurfaces"],
  Vehicles: ["oilSeparator", "floorDrainage", "ventilation"],
  Accommodation: ["fireAlarm", "guestRegister", "ventilation"],
  Health: ["medicalWaste", "ventilation", "washableSurfaces"],
  Retail: ["sidewalkClear"],
  "Business & office services": ["sidewalkClear"],
};

/** The items an inspector answers for an activity of `groupEn` (unknown group → the common items). */
export function checklistFor(groupEn: string | null | undefined, needsHealth: boolean): ChecklistItem[] {
  const items = [...COMMON, ...(BY_GROUP[groupEn ?? ""] ?? [])];
  if (needsHealth) items.push("workerHealthCerts");
  return [...new Set(items)];
}

export type ChecklistAnswer = "ok" | "fail";
export type ChecklistCheck =
  | { ok: true; result: "PASS" | "FAIL"; failed: ChecklistItem[]; entries: { key: ChecklistItem; ok: boolean }[] }
  | { ok: false; missing: ChecklistItem[]; unknown: string[] };

/**
 * Checks the inspector's answers against the checklist: every item answered, nothing else. The result
 * follows from the answers (any failed item fails the visit), so it can never contradict them.
 */
export function evaluateChecklist(items: readonly ChecklistItem[], answers: Record<string, ChecklistAnswer | null | undefined>): ChecklistCheck {
  const missing = items.filter((k) => answers[k] !== "ok" && answers[k] !== "fail");
  const unknown = Object.keys(answers).filter((k) => !(items as readonly string[]).includes(k) && answers[k] != null);
  if (missing.length || unknown.length) return { ok: false, missing, unknown };
  const entries = items.map((key) => ({ key, ok: answers[key] === "ok" }));
  const failed = entries.filter((e) => !e.ok).map((e) => e.key);
  return { ok: true, result: failed.length ? "FAIL" : "PASS", failed, entries };
}
