import { date, defineInquiryKind, key, money, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseReference } from "@/lib/domain/inquiry/parse";
import { AUCTION_PREFIX } from "@/lib/domain/tenders/numbers";

/** An auction of a municipal site by its number ("M…"): public, the result included. */
export const auctionKind = defineInquiryKind<string>({
  id: "auction",
  parse({ number }) {
    const r = parseReference(number, [AUCTION_PREFIX]);
    return r.ok ? { ok: true, key: r.number } : { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.auctionFormat") };
  },
  async find(db, number): Promise<InquiryAnswer | null> {
    const a = await db.auction.findUnique({
      where: { number },
      select: { number: true, status: true, titleAr: true, titleEn: true, siteAr: true, siteEn: true, areaM2: true, activity: true, openingPriceHalalas: true, sessionAt: true, winnerName: true, winningBidHalalas: true, municipality: { select: { nameAr: true, nameEn: true } } },
    });
    if (!a) return null;
    return {
      number: a.number,
      typeKey: "inquiry:types.auction",
      status: { value: a.status, key: `tenders:status.${a.status}` },
      facts: [
        { label: "inquiry:fields.title", value: pair({ nameAr: a.titleAr, nameEn: a.titleEn }) },
        { label: "inquiry:fields.site", value: pair({ nameAr: a.siteAr, nameEn: a.siteEn }) },
        { label: "inquiry:fields.area", value: text(String(a.areaM2)) },
        { label: "inquiry:fields.activity", value: key(`tenders:activities.${a.activity}`) },
        { label: "inquiry:fields.municipality", value: pair(a.municipality) },
        { label: "inquiry:fields.openingPrice", value: money(a.openingPriceHalalas) },
        { label: "inquiry:fields.sessionAt", value: date(a.sessionAt) },
        ...(a.winnerName ? [{ label: "inquiry:fields.winner", value: text(a.winnerName) }] : []),
        ...(a.winningBidHalalas !== null ? [{ label: "inquiry:fields.winningBid", value: money(a.winningBidHalalas) }] : []),
      ],
      link: `/auctions/${a.number}`,
      owner: null,
      ownerFacts: [],
    };
  },
});
