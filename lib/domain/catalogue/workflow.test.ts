import { describe, expect, it } from "vitest";
import { eServiceWorkflow } from "@/lib/domain/catalogue/workflow";

describe("eServiceWorkflow", () => {
  it.each([
    ["DRAFT", "publish", "PUBLISHED"],
    ["RETIRED", "publish", "PUBLISHED"],
    ["DRAFT", "retire", "RETIRED"],
    ["PUBLISHED", "retire", "RETIRED"],
    ["PUBLISHED", "edit", "PUBLISHED"],
    ["DRAFT", "edit", "DRAFT"],
  ] as const)("%s --%s--> %s for an administrator", (from, event, to) => {
    expect(eServiceWorkflow.transition(from, event, ["ADMIN"], undefined)).toEqual({ ok: true, to });
  });

  it("refuses what makes no sense, and every other role", () => {
    expect(eServiceWorkflow.transition("PUBLISHED", "publish", ["ADMIN"], undefined).ok).toBe(false);
    expect(eServiceWorkflow.transition("RETIRED", "retire", ["ADMIN"], undefined).ok).toBe(false);
    expect(eServiceWorkflow.transition("RETIRED", "edit", ["ADMIN"], undefined).ok).toBe(false);
    expect(eServiceWorkflow.transition("DRAFT", "publish", ["REVIEWER"], undefined)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "ADMIN" });
    expect(eServiceWorkflow.availableEvents("PUBLISHED", ["ADMIN"], undefined)).toEqual(["edit", "retire"]);
  });
});
