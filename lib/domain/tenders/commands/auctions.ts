import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { municipalityInScope, notifySubscribers, refusal } from "@/lib/domain/tenders/move";
import { nextAuctionNumber } from "@/lib/domain/tenders/numbers";
import { ZAuctionForm, ZAuctionStep, ZAwardAuction, ZEditAuction } from "@/lib/domain/tenders/schemas";
import { auctionCtx, auctionWorkflow, type TenderState } from "@/lib/domain/tenders/workflow";
import { isTenderActivity } from "@/lib/domain/tenders/activities";
import { AppError } from "@/lib/errors";
import type { z } from "zod";

/** Announces an auction of a municipal site for investment (public at once, ANNOUNCED). */
/** The auction's columns from the form (publish and edit write the same ones). */
function auctionFields(input: z.infer<typeof ZAuctionForm>, municipalityId: string) {
  return {
    titleAr: input.titleAr,
    titleEn: input.titleEn,
    siteAr: input.siteAr,
    siteEn: input.siteEn,
    latitude: input.latitude,
    longitude: input.longitude,
    areaM2: input.areaM2,
    activity: input.activity,
    municipalityId,
    openingPriceHalalas: input.openingPrice,
    sessionAt: input.sessionAt,
  };
}

export const publishAuction = defineCommand({
  name: "auctions.publish",
  permission: "tenders.manage",
  schema: ZAuctionForm,
  async run(tx, actor, input) {
    if (input.sessionAt.getTime() <= Date.now()) throw new AppError("VALIDATION", { fieldErrors: { sessionAt: "tenders:errors.sessionPast" } });
    const municipalityId = await municipalityInScope(tx, actor, input.municipalityId);
    const number = await nextAuctionNumber(tx);
    const data = auctionFields(input, municipalityId);
    const auction = await tx.auction.create({ data: { number, ...data, createdById: actor.userId }, select: { id: true, number: true } });
    await recordAudit(tx, actor, { action: "auction.publish", entityType: "Auction", entityId: auction.id, municipalityId, after: { number, ...data } });
    return auction;
  },
});

/** Edits an auction before its session (the workflow's `edit`); refused after it. */
export const editAuction = defineCommand({
  name: "auctions.edit",
  permission: "tenders.manage",
  schema: ZEditAuction,
  async run(tx, actor, input) {
    const auction = await tx.auction.findUnique({ where: { id: input.auctionId } });
    if (!auction) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = auctionWorkflow.transition(auction.status, "edit", actor.roles, auctionCtx(auction, now));
    if (!step.ok) throw refusal(step, "tenders:errors.editAfterSession");
    if (input.sessionAt.getTime() <= now.getTime()) throw new AppError("VALIDATION", { fieldErrors: { sessionAt: "tenders:errors.sessionPast" } });
    const municipalityId = await municipalityInScope(tx, actor, input.municipalityId);
    const data = auctionFields(input, municipalityId);
    const { count } = await tx.auction.updateMany({ where: { id: auction.id, status: auction.status, updatedAt: auction.updatedAt }, data });
    if (count !== 1) throw new AppError("CONFLICT", { message: "tenders:errors.changedMeanwhile" });
    await recordAudit(tx, actor, { action: "auction.edit", entityType: "Auction", entityId: auction.id, municipalityId, before: { sessionAt: auction.sessionAt, openingPriceHalalas: auction.openingPriceHalalas }, after: data });
    return { id: auction.id, number: auction.number };
  },
});

const STAMP = { OPEN: "openedAt", CLOSED: "closedAt", AWARDED: "awardedAt", CANCELLED: "cancelledAt" } as const;
const REFUSAL_KEY = { open: "tenders:errors.openAfterSession", close: "tenders:errors.closeBeforeSession", cancel: "tenders:errors.notCancellable" } as const;

/** Opens (subscribers get an SMS), closes after the session, or cancels an auction. */
export const auctionStep = defineCommand({
  name: "auctions.step",
  permission: "tenders.manage",
  schema: ZAuctionStep,
  async run(tx, actor, input) {
    const auction = await tx.auction.findUnique({ where: { id: input.auctionId } });
    if (!auction) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = auctionWorkflow.transition(auction.status, input.event, actor.roles, auctionCtx(auction, now));
    if (!step.ok) throw refusal(step, REFUSAL_KEY[input.event]);
    if (input.event === "cancel" && !input.note) throw new AppError("VALIDATION", { fieldErrors: { note: "tenders:errors.cancelReason" } });
    const to: TenderState = step.to;
    const { count } = await tx.auction.updateMany({
      where: { id: auction.id, status: auction.status },
      data: { status: to, [STAMP[to as keyof typeof STAMP]]: now, ...(input.event === "cancel" ? { resultNote: input.note } : {}) },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "tenders:errors.changedMeanwhile" });
    await recordAudit(tx, actor, { action: `auction.${input.event}`, entityType: "Auction", entityId: auction.id, municipalityId: auction.municipalityId, before: { status: auction.status }, after: { status: to, note: input.note || undefined } });
    let notified = 0;
    if (input.event === "open" && isTenderActivity(auction.activity)) {
      notified = await notifySubscribers(tx, { kind: "auction", id: auction.id, number: auction.number, titleAr: auction.titleAr, titleEn: auction.titleEn, activity: auction.activity });
    }
    return { id: auction.id, number: auction.number, status: to, notified };
  },
});

/** Records the result of a closed auction: the winner and the winning bid (not below the opening price). */
export const awardAuction = defineCommand({
  name: "auctions.award",
  permission: "tenders.manage",
  schema: ZAwardAuction,
  async run(tx, actor, input) {
    const auction = await tx.auction.findUnique({ where: { id: input.auctionId } });
    if (!auction) throw new AppError("NOT_FOUND");
    const step = auctionWorkflow.transition(auction.status, "award", actor.roles, auctionCtx(auction, new Date()));
    if (!step.ok) throw refusal(step, "tenders:errors.awardNotClosed");
    if (input.winningBid < auction.openingPriceHalalas) throw new AppError("VALIDATION", { fieldErrors: { winningBid: "tenders:errors.bidBelowOpening" } });
    const { count } = await tx.auction.updateMany({
      where: { id: auction.id, status: auction.status },
      data: { status: step.to, awardedAt: new Date(), winnerName: input.winnerName, winningBidHalalas: input.winningBid, resultNote: input.note || null },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "tenders:errors.changedMeanwhile" });
    await recordAudit(tx, actor, { action: "auction.award", entityType: "Auction", entityId: auction.id, municipalityId: auction.municipalityId, before: { status: auction.status }, after: { status: step.to, winnerName: input.winnerName, winningBidHalalas: input.winningBid } });
    return { id: auction.id, number: auction.number, status: step.to };
  },
});
