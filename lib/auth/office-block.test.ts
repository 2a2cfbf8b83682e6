import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows, refusalFor, supervisedOfficeId } from "@/lib/auth/office-block";

const base: Actor = { userId: "u", label: "u", nameAr: "", nameEn: "", mobile: "966500000000", locale: "ar", roles: ["CITIZEN"], amanahIds: [], municipalityIds: [], officeId: null, medicalCenterId: null };
const until = new Date("2026-12-20T09:00:00Z");
const suspendedManager: Actor = { ...base, officeBlock: { officeId: "o1", status: "SUSPENDED", until, roles: ["OFFICE_MANAGER"] } };
const suspendedAgent: Actor = { ...base, officeBlock: { officeId: "o1", status: "SUSPENDED", until, roles: ["OFFICE_AGENT"] } };
const pendingManager: Actor = { ...base, officeBlock: { officeId: "o2", status: "PENDING", until: null, roles: ["OFFICE_MANAGER"] } };

describe("office block", () => {
  it("keeps only the narrow doors, only for the role that has them", () => {
    expect(actorAllows(suspendedManager, "offices.compliance")).toBe(true);
    expect(actorAllows(suspendedManager, "offices.appeal")).toBe(true);
    expect(actorAllows(suspendedManager, "office.dashboard")).toBe(true);
    expect(actorAllows(suspendedManager, "licensing.office.approve")).toBe(false);
    expect(actorAllows(suspendedAgent, "offices.appeal")).toBe(false);
    expect(actorAllows(suspendedAgent, "licensing.office.review")).toBe(false);
    // A pending office opens nothing; the citizen's own permissions are untouched.
    expect(actorAllows(pendingManager, "office.dashboard")).toBe(false);
    expect(actorAllows(suspendedAgent, "licensing.apply")).toBe(true);
  });

  it("explains the refusal when the office role would have allowed it, with the end date", () => {
    const e = refusalFor(suspendedAgent, "licensing.office.review");
    expect(e.code).toBe("FORBIDDEN");
    expect(e.messageKey).toBe("penalties:errors.officeSuspended");
    expect(e.params?.until).toContain("2026");
    expect(refusalFor(pendingManager, "licensing.office.approve").messageKey).toBe("penalties:errors.officePending");
    // Not an office permission: the plain refusal.
    expect(refusalFor(suspendedAgent, "audit.read").messageKey).toBe("errors:FORBIDDEN");
    expect(refusalFor(base, "licensing.office.review").messageKey).toBe("errors:FORBIDDEN");
  });

  it("scopes supervision to the active office, else the suspended one, never a pending one", () => {
    expect(supervisedOfficeId({ ...base, officeId: "a" })).toBe("a");
    expect(supervisedOfficeId(suspendedManager)).toBe("o1");
    expect(supervisedOfficeId(pendingManager)).toBeNull();
  });
});
