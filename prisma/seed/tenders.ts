/**
 * Demo tenders and auctions (issue 13): a few tenders in different states — announced, open (booklet on sale),
 * closed after its deadline (ready to award), awarded, cancelled — and two auctions of municipal sites (one open,
 * one awarded). Numbers are fixed ("T9000011"…, "M9000011"…), far above the sequences' start, so they never
 * collide with numbers the portal draws. Dates are relative to the day of seeding; insert-only on the number.
 * The demo citizen Abdullah follows the CLEANING activity (an SMS when such a tender or auction opens).
 */
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import type { SeedPart } from "./parts";
import { MUNICIPALITY_CODES } from "./places";
import { withCheckDigit } from "../../lib/domain/identity/national-id";

const DAY = 86_400_000;
export const TENDERS_OFFICER_LOGIN = "staff.tenders";
const SUBSCRIBER = withCheckDigit("108765432");

type TenderSeed = {
  n: number;
  titleAr: string;
  titleEn: string;
  descriptionAr: string;
  descriptionEn: string;
  activity: string;
  price: number;
  /** Offers deadline, days from the seed (negative: past). */
  deadlineDays: number;
  status: "ANNOUNCED" | "OPEN" | "CLOSED" | "AWARDED" | "CANCELLED";
  awardedTo?: string;
  award?: number;
  note?: string;
};

export const DEMO_TENDERS: readonly TenderSeed[] = [
  { n: 900001, titleAr: "صيانة الإنارة العامة في أحياء وسط الدمام", titleEn: "Street lighting maintenance, central Dammam", descriptionAr: "تشغيل وصيانة أعمدة الإنارة ولوحات التحكم لمدة ثلاث سنوات.", descriptionEn: "Operation and maintenance of street lights and control panels for three years.", activity: "LIGHTING", price: 50_000, deadlineDays: 30, status: "OPEN" },
  { n: 900002, titleAr: "تطوير حديقة الواجهة البحرية بالخبر", titleEn: "Khobar waterfront park development", descriptionAr: "أعمال تشجير وممرات مشاة وإنارة وشبكة ري.", descriptionEn: "Planting, walkways, lighting and irrigation.", activity: "LANDSCAPING", price: 100_000, deadlineDays: 45, status: "ANNOUNCED" },
  { n: 900003, titleAr: "نظافة الأسواق والطرق الرئيسية بالقطيف", titleEn: "Cleaning of markets and main roads, Qatif", descriptionAr: "نظافة يومية وجمع ونقل النفايات لمدة سنتين.", descriptionEn: "Daily cleaning, waste collection and transport for two years.", activity: "CLEANING", price: 75_000, deadlineDays: -3, status: "CLOSED" },
  { n: 900004, titleAr: "توريد حاويات نفايات معدنية", titleEn: "Supply of metal waste containers", descriptionAr: "توريد 1500 حاوية سعة 240 لتراً.", descriptionEn: "Supply of 1,500 containers of 240 litres.", activity: "SUPPLY", price: 30_000, deadlineDays: -40, status: "AWARDED", awardedTo: "مؤسسة الساحل للتجارة", award: 1_245_000_00 },
  { n: 900005, titleAr: "دراسة مرورية لتقاطعات طريق الملك فهد", titleEn: "Traffic study of King Fahd Road junctions", descriptionAr: "دراسة وتصميم حلول مرورية لخمسة تقاطعات.", descriptionEn: "Study and design of traffic solutions for five junctions.", activity: "CONSULTING", price: 20_000, deadlineDays: 10, status: "CANCELLED", note: "أُعيد طرحها ضمن مشروع أشمل." },
];

type AuctionSeed = { n: number; titleAr: string; titleEn: string; siteAr: string; siteEn: string; lat: number; lng: number; area: number; activity: string; price: number; sessionDays: number; status: "OPEN" | "AWARDED"; winner?: string; bid?: number };

export const DEMO_AUCTIONS: readonly AuctionSeed[] = [
  { n: 900001, titleAr: "موقع تجاري على طريق الأمير محمد بن فهد", titleEn: "Commercial site on Prince Mohammed bin Fahd Road", siteAr: "حي الفيصلية، الدمام — أرض فضاء على شارعين", siteEn: "Al Faisaliyah, Dammam — vacant plot on two streets", lat: 26.3927, lng: 50.1558, area: 2400, activity: "INVEST_COMMERCIAL", price: 180_000_00, sessionDays: 20, status: "OPEN" },
  { n: 900002, titleAr: "موقع ترفيهي على كورنيش الخبر", titleEn: "Leisure site on the Khobar corniche", siteAr: "كورنيش الخبر الشمالي", siteEn: "North Khobar corniche", lat: 26.3005, lng: 50.2196, area: 5000, activity: "INVEST_TOURISM", price: 350_000_00, sessionDays: -15, status: "AWARDED", winner: "شركة الواحة للترفيه", bid: 412_500_00 },
];

export const tenderNumber = (n: number) => checkDigitNumber("T", n);
export const auctionNumber = (n: number) => checkDigitNumber("M", n);

export const TENDERS_SEED: SeedPart = {
  name: "tenders",
  demo: true,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "Tender" WHERE number = ANY($1::text[])) AS t,
              (SELECT count(*)::int FROM "Auction" WHERE number = ANY($2::text[])) AS a`,
      [DEMO_TENDERS.map((t) => tenderNumber(t.n)), DEMO_AUCTIONS.map((a) => auctionNumber(a.n))],
    );
    return Number(rows[0]?.t) !== DEMO_TENDERS.length || Number(rows[0]?.a) !== DEMO_AUCTIONS.length;
  },
  async run(tx, ctx) {
    const officer = ctx.userIds.get(TENDERS_OFFICER_LOGIN);
    const municipalityId = ctx.municipalityIds.get(MUNICIPALITY_CODES.DAMMAM_CENTRAL);
    if (!officer || !municipalityId) throw new Error("seed tenders: the tenders officer or Central Dammam is missing");
    const now = Date.now();
    const tenders = await tx.tender.createMany({
      data: DEMO_TENDERS.map((t) => {
        const deadline = new Date(now + t.deadlineDays * DAY);
        return {
          number: tenderNumber(t.n),
          titleAr: t.titleAr,
          titleEn: t.titleEn,
          descriptionAr: t.descriptionAr,
          descriptionEn: t.descriptionEn,
          activity: t.activity,
          municipalityId,
          bookletPriceHalalas: t.price,
          questionsUntil: new Date(deadline.getTime() - 7 * DAY),
          offersDeadline: deadline,
          openingAt: new Date(deadline.getTime() + DAY),
          status: t.status,
          awardedTo: t.awardedTo ?? null,
          awardHalalas: t.award ?? null,
          resultNote: t.note ?? null,
          createdById: officer,
          openedAt: t.status === "ANNOUNCED" ? null : new Date(now - 20 * DAY),
          closedAt: t.status === "CLOSED" || t.status === "AWARDED" ? new Date(deadline.getTime() + 60_000) : null,
          awardedAt: t.status === "AWARDED" ? new Date(deadline.getTime() + 10 * DAY) : null,
          cancelledAt: t.status === "CANCELLED" ? new Date(now - DAY) : null,
        };
      }),
      skipDuplicates: true,
    });
    const auctions = await tx.auction.createMany({
      data: DEMO_AUCTIONS.map((a) => ({
        number: auctionNumber(a.n),
        titleAr: a.titleAr,
        titleEn: a.titleEn,
        siteAr: a.siteAr,
        siteEn: a.siteEn,
        latitude: a.lat,
        longitude: a.lng,
        areaM2: a.area,
        activity: a.activity,
        municipalityId,
        openingPriceHalalas: a.price,
        sessionAt: new Date(now + a.sessionDays * DAY),
        status: a.status,
        winnerName: a.winner ?? null,
        winningBidHalalas: a.bid ?? null,
        createdById: officer,
        openedAt: new Date(now - 30 * DAY),
        closedAt: a.status === "AWARDED" ? new Date(now + a.sessionDays * DAY + 3_600_000) : null,
        awardedAt: a.status === "AWARDED" ? new Date(now + (a.sessionDays + 2) * DAY) : null,
      })),
      skipDuplicates: true,
    });
    const subscriber = ctx.userIds.get(SUBSCRIBER);
    let subs = 0;
    if (subscriber) subs = (await tx.activitySubscription.createMany({ data: [{ userId: subscriber, activity: "CLEANING" }], skipDuplicates: true })).count;
    return tenders.count + auctions.count + subs;
  },
};
