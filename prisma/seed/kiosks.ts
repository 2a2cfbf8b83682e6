/**
 * The Al-Ahsa pilot's five self-service kiosks (issue 14) and a demo person to use them with. DEMO data only:
 * the device keys below are published (README, `npm start` banner) so anyone can open a demo kiosk; the seed
 * stores only their SHA-256 (like every device key). A real kiosk is registered on /staff/kiosks, which shows its
 * key once. The places are Al-Ahsa-like demo places, not real installations.
 */
import { createHash, randomBytes } from "node:crypto";
import type { SeedPart, SeedUser } from "./parts";
import { withCheckDigit } from "../../lib/domain/identity/national-id";
import { nextLicenseNumber } from "../../lib/domain/licensing/numbers";
import { MUNICIPALITY_CODES as M } from "./places";

const demoKey = (code: string) => `kio_${code}_${`demo-${code.toLowerCase()}-device-key-2026`.padEnd(43, "x")}`;

export type KioskSeed = {
  code: string; nameAr: string; nameEn: string; locationKind: "GOVERNMENT_OFFICE" | "MALL" | "HOTEL";
  addressAr: string; addressEn: string; latitude: number; longitude: number; municipalityCode: string; demoKey: string;
};

export const PILOT_KIOSKS: readonly KioskSeed[] = [
  { code: "AHS-K01", nameAr: "قاعة خدمة العملاء — مبنى الأمانة", nameEn: "Customer hall — Amanah building", locationKind: "GOVERNMENT_OFFICE", addressAr: "الهفوف، طريق الملك عبدالعزيز", addressEn: "Al-Hofuf, King Abdulaziz Rd", latitude: 25.3797, longitude: 49.5862, municipalityCode: M.HOFUF, demoKey: demoKey("AHS-K01") },
  { code: "AHS-K02", nameAr: "مجمع الأحساء التجاري", nameEn: "Al-Ahsa shopping mall", locationKind: "MALL", addressAr: "الهفوف، طريق الملك عبدالله", addressEn: "Al-Hofuf, King Abdullah Rd", latitude: 25.3531, longitude: 49.5588, municipalityCode: M.HOFUF, demoKey: demoKey("AHS-K02") },
  { code: "AHS-K03", nameAr: "مركز المبرز التجاري", nameEn: "Al-Mubarraz shopping centre", locationKind: "MALL", addressAr: "المبرز، شارع الظهران", addressEn: "Al-Mubarraz, Dhahran St", latitude: 25.4112, longitude: 49.5795, municipalityCode: M.MUBARRAZ, demoKey: demoKey("AHS-K03") },
  { code: "AHS-K04", nameAr: "بهو فندق واحة الأحساء", nameEn: "Al-Ahsa Oasis hotel lobby", locationKind: "HOTEL", addressAr: "الهفوف، طريق الملك فهد", addressEn: "Al-Hofuf, King Fahd Rd", latitude: 25.3652, longitude: 49.5703, municipalityCode: M.HOFUF, demoKey: demoKey("AHS-K04") },
  { code: "AHS-K05", nameAr: "مكتب خدمات بلدية المبرز", nameEn: "Al-Mubarraz municipality service office", locationKind: "GOVERNMENT_OFFICE", addressAr: "المبرز، حي المحاسن", addressEn: "Al-Mubarraz, Mahasin", latitude: 25.4291, longitude: 49.5664, municipalityCode: M.MUBARRAZ, demoKey: demoKey("AHS-K05") },
];

/** The person the kiosk demo (and its journeys) identify: their code arrives on the demo SMS log / stand-in phone. */
export const KIOSK_DEMO_PERSON = { nationalId: withCheckDigit("109988776"), nameAr: "سلمان بن فهد العفالق", nameEn: "Salman F. Al-Afaliq", mobile: "966507770001" } as const;
/** A second person, so two kiosk journeys running at once never replace each other's one-time code. */
export const KIOSK_DEMO_PERSON_2 = { nationalId: withCheckDigit("109988778"), nameAr: "نورة بنت سعد الملحم", nameEn: "Noura S. Al-Mulhim", mobile: "966507770002" } as const;
/**
 * Their shops, each with a license expiring in 10 days (renewable); one per journey, never shared: the first two are
 * renewed at the kiosk (kiosk-journey, kiosk-faults), the last two renewed and cancelled on the web by their owner
 * (tests/e2e/citizen/license-renew-cancel.spec.ts).
 */
export const KIOSK_DEMO_LICENSES = [
  { commercialRegNo: "2250410001", tradeNameAr: "متجر نخيل الأحساء للتمور", isicCode: "472105", owner: KIOSK_DEMO_PERSON },
  { commercialRegNo: "2250410002", tradeNameAr: "محل الهفوف للهدايا", isicCode: "477302", owner: KIOSK_DEMO_PERSON_2 },
  { commercialRegNo: "2250410003", tradeNameAr: "مكتبة القيصرية", isicCode: "476101", owner: KIOSK_DEMO_PERSON },
  { commercialRegNo: "2250410004", tradeNameAr: "محل العيون للعطور", isicCode: "477202", owner: KIOSK_DEMO_PERSON },
] as const;

const DEMO_USERS: readonly SeedUser[] = [KIOSK_DEMO_PERSON, KIOSK_DEMO_PERSON_2].map((p) => ({ username: null, nationalId: p.nationalId, nameAr: p.nameAr, nameEn: p.nameEn, mobile: p.mobile, email: null }));
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const DAY = 86_400_000;

export const KIOSKS_SEED: SeedPart = {
  name: "kiosks",
  demo: true,
  users: DEMO_USERS,
  async missing(query) {
    const [k] = await query(`SELECT count(*)::int AS n FROM "KioskDevice" WHERE code = ANY($1::text[])`, [PILOT_KIOSKS.map((x) => x.code)]);
    const [l] = await query(`SELECT count(*)::int AS n FROM "Establishment" WHERE "commercialRegNo" = ANY($1::text[])`, [KIOSK_DEMO_LICENSES.map((x) => x.commercialRegNo)]);
    return Number(k?.n) !== PILOT_KIOSKS.length || Number(l?.n) !== KIOSK_DEMO_LICENSES.length;
  },
  async run(tx, ctx) {
    let inserted = 0;
    for (const k of PILOT_KIOSKS) {
      if (await tx.kioskDevice.findUnique({ where: { code: k.code }, select: { id: true } })) continue;
      const municipalityId = ctx.municipalityIds.get(k.municipalityCode);
      if (!municipalityId) throw new Error(`seed: unknown municipality ${k.municipalityCode}`);
      const { demoKey: key, municipalityCode: _m, ...data } = k;
      await tx.kioskDevice.create({ data: { ...data, municipalityId, keyHash: sha256(key) } });
      inserted++;
    }
    const municipalityId = ctx.municipalityIds.get(M.HOFUF);
    if (!municipalityId) return inserted;
    const now = Date.now();
    for (const l of KIOSK_DEMO_LICENSES) {
      if (await tx.establishment.findUnique({ where: { commercialRegNo: l.commercialRegNo }, select: { id: true } })) continue;
      // Each shop's own activity; a food shop's license is a health license, as the portal would issue it.
      const activity = await tx.activity.findUnique({ where: { isicCode: l.isicCode }, select: { id: true, requiresHealthLicense: true } });
      if (!activity) throw new Error(`seed: unknown activity ${l.isicCode}`);
      const number = await nextLicenseNumber(tx);
      const est = await tx.establishment.create({
        data: { commercialRegNo: l.commercialRegNo, tradeNameAr: l.tradeNameAr, ownerNationalId: l.owner.nationalId, ownerName: l.owner.nameAr, ownerMobile: l.owner.mobile, municipalityId, activityId: activity.id, licenseNumber: number, addressAr: "الهفوف، سوق القيصرية" },
        select: { id: true },
      });
      const issued = new Date(now - 355 * DAY);
      await tx.license.create({
        data: { number, verifyCode: randomBytes(12).toString("base64url").slice(0, 16), kind: activity.requiresHealthLicense ? "HEALTH" : "COMMERCIAL", establishmentId: est.id, municipalityId, activityId: activity.id, holderNationalId: l.owner.nationalId, holderName: l.owner.nameAr, holderMobile: l.owner.mobile, tradeNameAr: l.tradeNameAr, areaM2: 40, signAreaM2: 3, issuedAt: issued, validFrom: issued, expiresAt: new Date(issued.getTime() + 365 * DAY) },
      });
      inserted += 2;
    }
    return inserted;
  },
};
