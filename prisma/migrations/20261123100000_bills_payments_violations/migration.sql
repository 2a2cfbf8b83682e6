-- CreateEnum
CREATE TYPE "BillStatus" AS ENUM ('UNPAID', 'PAID', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BillLineKind" AS ENUM ('FEE', 'FINE', 'LATE_FEE');

-- CreateEnum
CREATE TYPE "ViolationStatus" AS ENUM ('ISSUED', 'OBJECTED', 'CANCELLED', 'PAID');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REDUCED', 'REJECTED');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "billerCode" VARCHAR(6);

-- CreateTable
CREATE TABLE "Establishment" (
    "id" TEXT NOT NULL,
    "commercialRegNo" VARCHAR(10) NOT NULL,
    "tradeNameAr" TEXT NOT NULL,
    "tradeNameEn" TEXT,
    "ownerNationalId" VARCHAR(10) NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerMobile" VARCHAR(12) NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "activityId" TEXT,
    "licenseNumber" VARCHAR(20),
    "addressAr" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Establishment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bill" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "billerCode" VARCHAR(6) NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payerNationalId" VARCHAR(10),
    "payerCrNumber" VARCHAR(10),
    "payerName" TEXT NOT NULL,
    "payerMobile" VARCHAR(12) NOT NULL,
    "totalHalalas" INTEGER NOT NULL,
    "status" "BillStatus" NOT NULL DEFAULT 'UNPAID',
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "paidAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillLine" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "kind" "BillLineKind" NOT NULL,
    "descriptionAr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "amountHalalas" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BillLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "bankTxnId" VARCHAR(64) NOT NULL,
    "bankCode" VARCHAR(10) NOT NULL,
    "amountHalalas" INTEGER NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receiptCode" VARCHAR(16) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ViolationArticle" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "categoryAr" TEXT NOT NULL,
    "categoryEn" TEXT NOT NULL,
    "minFineHalalas" INTEGER NOT NULL,
    "maxFineHalalas" INTEGER NOT NULL,
    "repeatMultiplier" INTEGER NOT NULL DEFAULT 2,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ViolationArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Violation" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "establishmentId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "fineHalalas" INTEGER NOT NULL,
    "isRepeat" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "observedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ViolationStatus" NOT NULL DEFAULT 'ISSUED',
    "billId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Violation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "violationId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'PENDING',
    "slaDueAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "reducedToHalalas" INTEGER,
    "filedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "mime" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "uploadedById" TEXT,
    "violationId" TEXT,
    "objectionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Establishment_commercialRegNo_key" ON "Establishment"("commercialRegNo");

-- CreateIndex
CREATE UNIQUE INDEX "Establishment_licenseNumber_key" ON "Establishment"("licenseNumber");

-- CreateIndex
CREATE INDEX "Establishment_ownerNationalId_idx" ON "Establishment"("ownerNationalId");

-- CreateIndex
CREATE INDEX "Establishment_municipalityId_idx" ON "Establishment"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_number_key" ON "Bill"("number");

-- CreateIndex
CREATE INDEX "Bill_payerNationalId_status_idx" ON "Bill"("payerNationalId", "status");

-- CreateIndex
CREATE INDEX "Bill_payerCrNumber_status_idx" ON "Bill"("payerCrNumber", "status");

-- CreateIndex
CREATE INDEX "Bill_subjectType_subjectId_idx" ON "Bill"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "Bill_municipalityId_issuedAt_idx" ON "Bill"("municipalityId", "issuedAt");

-- CreateIndex
CREATE INDEX "Bill_status_expiresAt_idx" ON "Bill"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "BillLine_billId_idx" ON "BillLine"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_billId_key" ON "Payment"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_bankTxnId_key" ON "Payment"("bankTxnId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_receiptCode_key" ON "Payment"("receiptCode");

-- CreateIndex
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ViolationArticle_code_key" ON "ViolationArticle"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Violation_number_key" ON "Violation"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Violation_billId_key" ON "Violation"("billId");

-- CreateIndex
CREATE INDEX "Violation_establishmentId_observedAt_idx" ON "Violation"("establishmentId", "observedAt");

-- CreateIndex
CREATE INDEX "Violation_municipalityId_createdAt_idx" ON "Violation"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "Violation_status_idx" ON "Violation"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_violationId_key" ON "Objection"("violationId");

-- CreateIndex
CREATE INDEX "Objection_status_slaDueAt_idx" ON "Objection"("status", "slaDueAt");

-- CreateIndex
CREATE INDEX "StoredFile_violationId_idx" ON "StoredFile"("violationId");

-- CreateIndex
CREATE INDEX "StoredFile_objectionId_idx" ON "StoredFile"("objectionId");

-- CreateIndex
CREATE INDEX "StoredFile_storageKey_idx" ON "StoredFile"("storageKey");

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "ViolationArticle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Readable numbers are drawn from sequences: nextval() never hands the same value to two transactions,
-- so bill and violation numbers are unique under any concurrency (the check digit is added in code).
CREATE SEQUENCE IF NOT EXISTS bill_number_seq START 1000001;
CREATE SEQUENCE IF NOT EXISTS violation_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS receipt_code_seq START 100001;
