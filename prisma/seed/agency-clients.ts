/**
 * API clients of other agencies. The keys below are DEMO keys, printed by `npm start` for the embedded
 * demo database only; a real deployment creates its own with `generateAgencyKey()` (lib/api/agency-auth.ts),
 * which stores nothing but the hash. The seed stores only the SHA-256 of these too.
 */
import { createHash } from "node:crypto";
import type { SeedPart } from "./parts";

export type AgencyClientSeed = { code: string; nameAr: string; nameEn: string; scopes: string[]; demoKey: string };

export const AGENCY_CLIENTS: readonly AgencyClientSeed[] = [
  { code: "LABOR", nameAr: "مكتب العمل", nameEn: "Labor Office", scopes: ["licenses:cancel", "licenses:read"], demoKey: "amk_labor0_demo-labor-office-key-2026" },
  { code: "ZATCA", nameAr: "هيئة الزكاة والضريبة والجمارك", nameEn: "Zakat, Tax and Customs Authority", scopes: ["licenses:cancel", "licenses:read"], demoKey: "amk_zatca0_demo-zakat-authority-key-2026" },
  { code: "SEC", nameAr: "الشركة السعودية للكهرباء", nameEn: "Saudi Electricity Company", scopes: ["permits:read"], demoKey: "amk_sec000_demo-electricity-company-key-2026" },
  { code: "OPEN311", nameAr: "تطبيق بلاغات تجريبي (Open311)", nameEn: "Demo Open311 client", scopes: ["open311:write"], demoKey: "amk_o311a0_demo-open311-client-key-2026" },
];

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

export const AGENCY_SEED: SeedPart = {
  name: "agencyClients",
  demo: true,
  async missing(query) {
    const rows = await query(`SELECT count(DISTINCT code)::int AS n FROM "AgencyClient" WHERE code = ANY($1::text[])`, [AGENCY_CLIENTS.map((c) => c.code)]);
    return Number(rows[0]?.n) !== AGENCY_CLIENTS.length;
  },
  async run(tx) {
    const { count } = await tx.agencyClient.createMany({
      data: AGENCY_CLIENTS.map((c) => ({ code: c.code, nameAr: c.nameAr, nameEn: c.nameEn, scopes: c.scopes, keyPrefix: c.demoKey.slice(0, 10), keyHash: sha256(c.demoKey) })),
      skipDuplicates: true,
    });
    return count;
  },
};
