import type { SeedPart } from "./parts";
import { subtractWorkingHours } from "../../lib/kernel/working-days";
import { createApplication } from "../../tests/factories/licensing";
import { MUNICIPALITY_CODES } from "./places";

/**
 * Demo license applications at the demo office (OFF-INJAZ) from the demo citizen, in states that give
 * each office role something to do on a fresh `npm start`: the agent a new submission, the technical
 * inspector an overdue field visit, the agent a review whose deadline is near. Written by the same
 * factory the tests use (tests/factories/licensing.ts), with the history a real journey leaves and
 * real (tiny) documents. Keyed by commercial registration number: insert-only, idempotent.
 * The office e2e journey (tests/e2e/office/applications.spec.ts) works on these.
 */

export const DEMO_APPLICATIONS = [
  { commercialRegNo: "2050310001", tradeNameAr: "محل الريادة للاتصالات", isicCode: "474101", status: "SUBMITTED", hoursInState: 0.5, areaM2: 45, signAreaM2: 3 },
  { commercialRegNo: "2050310002", tradeNameAr: "مطعم بيت الشواء", isicCode: "561004", status: "FIELD_INSPECTION", hoursInState: 26, areaM2: 140, signAreaM2: 8 },
  { commercialRegNo: "2050310003", tradeNameAr: "صالون اللمسة الذهبية", isicCode: "960201", status: "OFFICE_REVIEW", hoursInState: 7, areaM2: 55, signAreaM2: 4 },
] as const;

export const LICENSING_DEMO_SEED: SeedPart = {
  name: "licensing-demo",
  demo: true,
  users: [],
  async missing(query) {
    const rows = await query(`SELECT count(*)::int AS n FROM "LicenseApplication" WHERE "commercialRegNo" = ANY($1::text[])`, [DEMO_APPLICATIONS.map((d) => d.commercialRegNo)]);
    return Number(rows[0]?.n) !== DEMO_APPLICATIONS.length;
  },
  async run(tx) {
    let inserted = 0;
    const now = Date.now();
    for (const d of DEMO_APPLICATIONS) {
      if (await tx.licenseApplication.findFirst({ where: { commercialRegNo: d.commercialRegNo }, select: { id: true } })) continue;
      await createApplication(tx, {
        status: d.status,
        isicCode: d.isicCode,
        officeCode: "OFF-INJAZ",
        municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
        applicantNationalId: "1087654321",
        tradeNameAr: d.tradeNameAr,
        commercialRegNo: d.commercialRegNo,
        areaM2: d.areaM2,
        signAreaM2: d.signAreaM2,
        latitude: 26.4331,
        longitude: 50.1033,
        // Working hours, as the SLA counts them (lib/kernel/working-days.ts): the visit is overdue on any day.
        stateEnteredAt: subtractWorkingHours(new Date(now), d.hoursInState),
        documents: true,
      });
      inserted += 1;
    }
    return inserted;
  },
};
