/**
 * Only offices accredited for licenses take license applications: an engineering-only office (building permits,
 * issue 12) covering the same municipality, and with no load at all, is never offered nor picked by "auto".
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eligibleOffices, leastLoaded } from "@/lib/domain/licensing/office-assignment";

describe("eligible offices", () => {
  it("leaves out an office accredited only for engineering work", async () => {
    const m = await db.municipality.findUniqueOrThrow({ where: { code: "EP-DMM-C" } });
    const engineering = await db.licensingOffice.create({
      data: {
        code: "OFF-AAA-ENG-ONLY",
        nameAr: "مكتب هندسي فقط",
        nameEn: "Engineering only",
        commercialRegNo: "2059990001",
        phone: "966138000001",
        status: "ACTIVE",
        amanahId: m.amanahId,
        serviceTypes: ["ENGINEERING"],
        coverage: { create: [{ municipalityId: m.id }] },
      },
    });
    const commercial = await eligibleOffices(db, m.id, false);
    const health = await eligibleOffices(db, m.id, true);
    expect(commercial.length).toBeGreaterThan(0);
    expect(commercial.map((o) => o.id)).not.toContain(engineering.id);
    expect(health.map((o) => o.id)).not.toContain(engineering.id);
    // Its empty queue and its code (first in order) would have won "auto" if it were eligible.
    expect(leastLoaded(commercial)?.id).not.toBe(engineering.id);
  });
});
