import { describe, expect, it } from "vitest";
import { CHECKLIST_ITEMS, checklistFor, evaluateChecklist } from "@/lib/domain/licensing/checklists";
import ar from "@/locales/ar/licensingOffice.json";
import { ACTIVITIES } from "@/prisma/seed/activities";

describe("inspection checklists", () => {
  it("gives every seeded activity group the common items plus its own, and health activities the workers' certificates", () => {
    for (const a of ACTIVITIES) {
      const items = checklistFor(a.groupEn, a.requiresHealthLicense);
      expect(items.slice(0, 6)).toEqual(["areaMatches", "signMatches", "fireExtinguishers", "emergencyExit", "electricalSafety", "cleanFacade"]);
      expect(items.includes("workerHealthCerts")).toBe(a.requiresHealthLicense);
      expect(new Set(items).size).toBe(items.length);
      expect(items.length, a.groupEn).toBeGreaterThan(6); // every seeded group adds something
    }
    expect(checklistFor("Food & restaurants", true)).toContain("handWashing");
    expect(checklistFor("Vehicles", false)).toContain("oilSeparator");
    expect(checklistFor("Unknown group", false)).toHaveLength(6);
  });

  it("has an Arabic label for every item", () => {
    for (const k of CHECKLIST_ITEMS) expect(ar.checklist[k], k).toBeTruthy();
  });

  it("passes only when every item is met, fails with the failed items, refuses missing or unknown answers", () => {
    const items = checklistFor("Retail", false);
    const all = Object.fromEntries(items.map((k) => [k, "ok" as const]));
    expect(evaluateChecklist(items, all)).toMatchObject({ ok: true, result: "PASS", failed: [] });
    expect(evaluateChecklist(items, { ...all, emergencyExit: "fail" })).toMatchObject({ ok: true, result: "FAIL", failed: ["emergencyExit"] });
    expect(evaluateChecklist(items, { ...all, emergencyExit: null })).toEqual({ ok: false, missing: ["emergencyExit"], unknown: [] });
    expect(evaluateChecklist(items, { ...all, handWashing: "ok" })).toEqual({ ok: false, missing: [], unknown: ["handWashing"] });
  });
});
