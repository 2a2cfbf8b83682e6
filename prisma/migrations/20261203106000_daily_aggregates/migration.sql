-- CreateEnum
CREATE TYPE "InsightReportPeriod" AS ENUM ('WEEKLY', 'MONTHLY');

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'LEADER';

-- CreateTable
CREATE TABLE "InsightDaily" (
    "id" BIGSERIAL NOT NULL,
    "metric" VARCHAR(48) NOT NULL,
    "day" DATE NOT NULL,
    "amanahId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL DEFAULT '',
    "dimA" VARCHAR(64) NOT NULL DEFAULT '',
    "dimB" VARCHAR(64) NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "hist" JSONB,

    CONSTRAINT "InsightDaily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightWatermark" (
    "indicator" VARCHAR(48) NOT NULL,
    "lastRunAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InsightWatermark_pkey" PRIMARY KEY ("indicator")
);

-- CreateTable
CREATE TABLE "InsightReport" (
    "id" TEXT NOT NULL,
    "period" "InsightReportPeriod" NOT NULL,
    "amanahId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "scopeKey" VARCHAR(40) NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsightReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightSubscription" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "period" "InsightReportPeriod" NOT NULL,
    "amanahId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "scopeKey" VARCHAR(40) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsightSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InsightDaily_metric_amanahId_day_idx" ON "InsightDaily"("metric", "amanahId", "day");

-- CreateIndex
CREATE INDEX "InsightDaily_metric_municipalityId_day_idx" ON "InsightDaily"("metric", "municipalityId", "day");

-- CreateIndex
CREATE INDEX "InsightDaily_metric_departmentId_day_idx" ON "InsightDaily"("metric", "departmentId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "InsightDaily_metric_day_municipalityId_departmentId_dimA_di_key" ON "InsightDaily"("metric", "day", "municipalityId", "departmentId", "dimA", "dimB");

-- CreateIndex
CREATE INDEX "InsightReport_scopeKey_periodStart_idx" ON "InsightReport"("scopeKey", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "InsightReport_period_scopeKey_periodStart_key" ON "InsightReport"("period", "scopeKey", "periodStart");

-- CreateIndex
CREATE INDEX "InsightSubscription_period_scopeKey_idx" ON "InsightSubscription"("period", "scopeKey");

-- CreateIndex
CREATE UNIQUE INDEX "InsightSubscription_userId_period_scopeKey_key" ON "InsightSubscription"("userId", "period", "scopeKey");



