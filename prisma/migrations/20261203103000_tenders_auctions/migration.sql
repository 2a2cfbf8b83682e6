-- Tenders and auctions, activity subscriptions, the tenders officer role (issue 13).
-- CreateEnum
CREATE TYPE "TenderStatus" AS ENUM ('ANNOUNCED', 'OPEN', 'CLOSED', 'AWARDED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'TENDERS_OFFICER';

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "tenderId" TEXT;

-- CreateTable
CREATE TABLE "Tender" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionAr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "activity" VARCHAR(32) NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "bookletPriceHalalas" INTEGER NOT NULL,
    "questionsUntil" TIMESTAMPTZ(3) NOT NULL,
    "offersDeadline" TIMESTAMPTZ(3) NOT NULL,
    "openingAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "TenderStatus" NOT NULL DEFAULT 'ANNOUNCED',
    "awardedTo" TEXT,
    "awardedCrNumber" VARCHAR(10),
    "awardHalalas" INTEGER,
    "resultNote" TEXT,
    "createdById" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "awardedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderBookletPurchase" (
    "id" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "buyerUserId" TEXT NOT NULL,
    "buyerNationalId" VARCHAR(10) NOT NULL,
    "buyerCrNumber" VARCHAR(10),
    "buyerName" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenderBookletPurchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Auction" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "siteAr" TEXT NOT NULL,
    "siteEn" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "areaM2" INTEGER NOT NULL,
    "activity" VARCHAR(32) NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "openingPriceHalalas" INTEGER NOT NULL,
    "sessionAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "TenderStatus" NOT NULL DEFAULT 'ANNOUNCED',
    "winnerName" TEXT,
    "winningBidHalalas" INTEGER,
    "resultNote" TEXT,
    "createdById" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "awardedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Auction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivitySubscription" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "activity" VARCHAR(32) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivitySubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tender_number_key" ON "Tender"("number");

-- CreateIndex
CREATE INDEX "Tender_status_offersDeadline_idx" ON "Tender"("status", "offersDeadline");

-- CreateIndex
CREATE INDEX "Tender_activity_status_idx" ON "Tender"("activity", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TenderBookletPurchase_billId_key" ON "TenderBookletPurchase"("billId");

-- CreateIndex
CREATE INDEX "TenderBookletPurchase_buyerUserId_idx" ON "TenderBookletPurchase"("buyerUserId");

-- CreateIndex
CREATE UNIQUE INDEX "TenderBookletPurchase_tenderId_buyerUserId_key" ON "TenderBookletPurchase"("tenderId", "buyerUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Auction_number_key" ON "Auction"("number");

-- CreateIndex
CREATE INDEX "Auction_status_sessionAt_idx" ON "Auction"("status", "sessionAt");

-- CreateIndex
CREATE INDEX "Auction_activity_status_idx" ON "Auction"("activity", "status");

-- CreateIndex
CREATE INDEX "ActivitySubscription_activity_idx" ON "ActivitySubscription"("activity");

-- CreateIndex
CREATE UNIQUE INDEX "ActivitySubscription_userId_activity_key" ON "ActivitySubscription"("userId", "activity");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderBookletPurchase" ADD CONSTRAINT "TenderBookletPurchase_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Auction" ADD CONSTRAINT "Auction_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Readable numbers (lib/domain/tenders/numbers.ts): tender "T…", auction "M…", with a check digit.
CREATE SEQUENCE IF NOT EXISTS tender_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS auction_number_seq START 100001;
