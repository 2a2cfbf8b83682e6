-- CreateEnum
CREATE TYPE "KioskLocationKind" AS ENUM ('GOVERNMENT_OFFICE', 'MALL', 'HOTEL');

-- CreateEnum
CREATE TYPE "KioskStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "KioskPaperState" AS ENUM ('OK', 'LOW', 'OUT');

-- CreateEnum
CREATE TYPE "KioskPrinterState" AS ENUM ('OK', 'ERROR', 'OFFLINE');

-- CreateEnum
CREATE TYPE "KioskService" AS ENUM ('IDENTIFY', 'LICENSE_RENEW', 'LICENSE_ISSUE', 'INQUIRY', 'PAYMENT', 'COMPLAINT', 'PRINT', 'SMS_RECEIPT');

-- CreateEnum
CREATE TYPE "KioskPaymentStatus" AS ENUM ('STARTED', 'CONFIRMED', 'REFUSED');

-- CreateTable
CREATE TABLE "KioskDevice" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "locationKind" "KioskLocationKind" NOT NULL,
    "addressAr" TEXT NOT NULL,
    "addressEn" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "status" "KioskStatus" NOT NULL DEFAULT 'ACTIVE',
    "keyHash" CHAR(64) NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "disabledReason" TEXT,
    "lastSeenAt" TIMESTAMPTZ(3),
    "paperState" "KioskPaperState",
    "printerState" "KioskPrinterState",
    "appVersion" VARCHAR(32),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KioskDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KioskSession" (
    "id" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "userId" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "lastActiveAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endReason" VARCHAR(16),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KioskSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KioskUsage" (
    "id" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "service" "KioskService" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KioskUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KioskPayment" (
    "id" TEXT NOT NULL,
    "reference" VARCHAR(16) NOT NULL,
    "deviceId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "idempotencyKey" VARCHAR(64) NOT NULL,
    "billNumber" VARCHAR(16) NOT NULL,
    "amountHalalas" INTEGER NOT NULL,
    "bankTxnId" VARCHAR(64) NOT NULL,
    "status" "KioskPaymentStatus" NOT NULL DEFAULT 'STARTED',
    "receiptCode" VARCHAR(16),
    "refusal" VARCHAR(32),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "KioskPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_code_key" ON "KioskDevice"("code");

-- CreateIndex
CREATE UNIQUE INDEX "KioskDevice_keyHash_key" ON "KioskDevice"("keyHash");

-- CreateIndex
CREATE INDEX "KioskDevice_municipalityId_idx" ON "KioskDevice"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "KioskSession_tokenHash_key" ON "KioskSession"("tokenHash");

-- CreateIndex
CREATE INDEX "KioskSession_deviceId_createdAt_idx" ON "KioskSession"("deviceId", "createdAt");

-- CreateIndex
CREATE INDEX "KioskUsage_deviceId_at_idx" ON "KioskUsage"("deviceId", "at");

-- CreateIndex
CREATE INDEX "KioskUsage_service_at_idx" ON "KioskUsage"("service", "at");

-- CreateIndex
CREATE UNIQUE INDEX "KioskPayment_reference_key" ON "KioskPayment"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "KioskPayment_bankTxnId_key" ON "KioskPayment"("bankTxnId");

-- CreateIndex
CREATE INDEX "KioskPayment_billNumber_idx" ON "KioskPayment"("billNumber");

-- CreateIndex
CREATE UNIQUE INDEX "KioskPayment_deviceId_idempotencyKey_key" ON "KioskPayment"("deviceId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "KioskDevice" ADD CONSTRAINT "KioskDevice_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskSession" ADD CONSTRAINT "KioskSession_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "KioskDevice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskUsage" ADD CONSTRAINT "KioskUsage_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "KioskDevice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskPayment" ADD CONSTRAINT "KioskPayment_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "KioskDevice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KioskPayment" ADD CONSTRAINT "KioskPayment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KioskSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- The readable reference of a kiosk payment attempt (KP + number + check digit).
CREATE SEQUENCE "kiosk_payment_seq" START 1000;
