/**
 * The scale generator numbers its rows after every number already used, not only after the sequences: the demo
 * seed gives its story's documents fixed numbers high in the range (the citizen demo's complaint C94000018), and a
 * load of 8.4 M complaints from the sequence's start reached it (a duplicate reference at SCALE 0.5, found by
 * `npm run seed:scale`).
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { fastCheckDigitNumber, readReference } from "../../scripts/lib/scale-data";
import { CITIZEN_DEMO } from "../../prisma/seed/citizen-demo";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

describe("readReference: where the generated numbers start", () => {
  it("after the demo's fixed numbers, which lie far above the sequences", async () => {
    const { rows } = await pool.query(`SELECT (SELECT count(*)::int FROM "Complaint" WHERE reference = $1) AS c, (SELECT count(*)::int FROM "License" WHERE number = $2) AS l, (SELECT last_value FROM complaint_number_seq)::int AS seq`, [CITIZEN_DEMO.complaintReference, CITIZEN_DEMO.licenseNumber]);
    expect(rows[0]).toMatchObject({ c: 1, l: 1 }); // the demo seed's documents are there
    expect(rows[0].seq).toBeLessThan(9_400_001); // and the sequence is far below them

    const ref = await readReference(pool);
    expect(ref.seq.complaint).toBeGreaterThan(9_400_001);
    expect(ref.seq.license).toBeGreaterThan(9_400_001);
    // The first generated numbers are free.
    for (const [table, column, value] of [
      ["Complaint", "reference", fastCheckDigitNumber("C", ref.seq.complaint, 7)],
      ["License", "number", fastCheckDigitNumber("L", ref.seq.license, 7)],
      ["LicenseApplication", "number", fastCheckDigitNumber("A", ref.seq.application)],
      ["Payment", "receiptCode", fastCheckDigitNumber("R", ref.seq.receipt)],
    ] as const) {
      const { rows: taken } = await pool.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`, [value]);
      expect(taken[0].n, `${table}.${column} ${value}`).toBe(0);
    }
  });
});
