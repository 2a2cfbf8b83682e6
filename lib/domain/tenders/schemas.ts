/**
 * Zod schemas of tenders and auctions, shared by the forms (without the booklet file, which the form keeps
 * outside react-hook-form) and the commands (with it). Every preprocess is idempotent: the server parses
 * again what the browser's resolver produced (a Date stays a Date, halalas stay halalas).
 */
import { z, zRequiredText } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { refineInSaudiArabia, zCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";
import { parseRiyals } from "@/lib/domain/violations/rules";
import { TENDER_ACTIVITIES } from "@/lib/domain/tenders/activities";
import { RIYADH_OFFSET_MS } from "@/lib/kernel/riyadh-days";

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);

/** Riyals typed by a person → integer halalas (a number passes through: it is already halalas). */
const toHalalas = (v: unknown) => {
  if (typeof v === "number") return v;
  if (typeof v !== "string" || v.trim() === "") return undefined;
  return parseRiyals(v) ?? v;
};
const halalas = (formatKey: string) =>
  z.preprocess(toHalalas, z.number({ error: (iss) => (iss.input === undefined ? "validation:required" : formatKey) }).int().min(0, { error: formatKey }).max(1_000_000_000, { error: formatKey }));

/** "2026-12-10T12:00" typed in a datetime-local field means Riyadh time (UTC+03:00 all year). */
export function fromRiyadhInput(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = toLatinDigits(v).trim();
  if (s === "") return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return s;
  const d = new Date(`${s}:00+03:00`);
  return Number.isNaN(d.getTime()) ? s : d;
}

/** The value of a datetime-local field for `d`, in Riyadh time. */
export function toRiyadhInput(d: Date): string {
  return new Date(d.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 16);
}

const when = z.preprocess(fromRiyadhInput, z.date({ error: (iss) => (iss.input === undefined ? "validation:required" : "tenders:errors.dateFormat") }));

const activity = z.enum(TENDER_ACTIVITIES, { error: "tenders:errors.chooseActivity" });

const tenderShape = {
  titleAr: zRequiredText(200),
  titleEn: zRequiredText(200),
  descriptionAr: zRequiredText(4000),
  descriptionEn: zRequiredText(4000),
  activity,
  municipalityId: z.string().trim().min(1, { error: "tenders:errors.chooseMunicipality" }).max(40),
  bookletPrice: halalas("tenders:errors.priceFormat"),
  questionsUntil: when,
  offersDeadline: when,
  openingAt: when,
};

type TenderDates = { questionsUntil: Date; offersDeadline: Date; openingAt: Date };

/** Questions close before (or when) offers do; envelopes are opened at or after the deadline. */
function datesInOrder(v: TenderDates, ctx: z.RefinementCtx) {
  if (!(v.questionsUntil instanceof Date) || !(v.offersDeadline instanceof Date) || !(v.openingAt instanceof Date)) return;
  if (v.questionsUntil > v.offersDeadline) ctx.addIssue({ code: "custom", path: ["questionsUntil"], message: "tenders:errors.questionsAfterDeadline" });
  if (v.openingAt < v.offersDeadline) ctx.addIssue({ code: "custom", path: ["openingAt"], message: "tenders:errors.openingBeforeDeadline" });
}

/** The booklet is one PDF (checked again on the server, lib/kernel/validate-upload.ts). */
export const MAX_BOOKLETS = 1;

export const ZTenderForm = z.object(tenderShape).superRefine(datesInOrder);
export type TenderFormInput = z.input<typeof ZTenderForm>;
export const ZPublishTender = z.object({ ...tenderShape, booklet: z.array(zUpload).min(1, { error: "tenders:errors.bookletRequired" }).max(MAX_BOOKLETS) }).superRefine(datesInOrder);
export const ZEditTenderForm = z.object({ tenderId: id, ...tenderShape }).superRefine(datesInOrder);
export const ZEditTender = z.object({ tenderId: id, ...tenderShape, booklet: z.array(zUpload).max(MAX_BOOKLETS).optional().default([]) }).superRefine(datesInOrder);

export const ZTenderStep = z.object({
  tenderId: id,
  event: z.enum(["open", "close", "cancel"], { error: "validation:required" }),
  note: z.string().trim().max(1000).optional().default(""),
});
export type TenderStepInput = z.input<typeof ZTenderStep>;

const crOptional = z.preprocess((v) => (typeof v === "string" ? toLatinDigits(v).replace(/\s+/g, "") : v), z.string().regex(/^(\d{10})?$/, { error: "tenders:errors.crFormat" }).optional().default(""));

export const ZAwardTender = z.object({
  tenderId: id,
  awardedTo: zRequiredText(200),
  awardedCrNumber: crOptional,
  amount: halalas("tenders:errors.priceFormat"),
  note: z.string().trim().max(1000).optional().default(""),
});
export type AwardTenderInput = z.input<typeof ZAwardTender>;

export const ZBuyBooklet = z.object({ tenderId: id, crNumber: crOptional });
export type BuyBookletInput = z.input<typeof ZBuyBooklet>;

const coordinate = zCoordinate("tenders:errors.coordinateFormat");
const auctionShape = {
  titleAr: zRequiredText(200),
  titleEn: zRequiredText(200),
  siteAr: zRequiredText(300),
  siteEn: zRequiredText(300),
  latitude: coordinate,
  longitude: coordinate,
  areaM2: z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(toLatinDigits(v).trim())) : v), z.number({ error: (iss) => (iss.input === undefined ? "validation:required" : "tenders:errors.areaFormat") }).int({ error: "tenders:errors.areaFormat" }).min(1, { error: "tenders:errors.areaFormat" }).max(10_000_000, { error: "tenders:errors.areaFormat" })),
  activity,
  municipalityId: z.string().trim().min(1, { error: "tenders:errors.chooseMunicipality" }).max(40),
  openingPrice: halalas("tenders:errors.priceFormat"),
  sessionAt: when,
};
export const ZAuctionForm = z.object(auctionShape).superRefine(refineInSaudiArabia);
export type AuctionFormInput = z.input<typeof ZAuctionForm>;
export const ZEditAuction = z.object({ auctionId: id, ...auctionShape }).superRefine(refineInSaudiArabia);

export const ZAuctionStep = z.object({
  auctionId: id,
  event: z.enum(["open", "close", "cancel"], { error: "validation:required" }),
  note: z.string().trim().max(1000).optional().default(""),
});
export const ZAwardAuction = z.object({
  auctionId: id,
  winnerName: zRequiredText(200),
  winningBid: halalas("tenders:errors.priceFormat"),
  note: z.string().trim().max(1000).optional().default(""),
});
export type AwardAuctionInput = z.input<typeof ZAwardAuction>;

/** The whole set of followed activities (required, possibly empty: saving nothing unsubscribes from all). */
export const ZSubscribe = z.object({ activities: z.preprocess((v) => (v === false ? [] : v), z.array(activity, { error: "validation:required" }).max(TENDER_ACTIVITIES.length)) });
export type SubscribeInput = z.input<typeof ZSubscribe>;
