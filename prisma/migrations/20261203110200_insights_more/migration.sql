-- CreateTable
CREATE TABLE "InsightMonthly" (
    "id" BIGSERIAL NOT NULL,
    "metric" VARCHAR(48) NOT NULL,
    "month" DATE NOT NULL,
    "amanahId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL DEFAULT '',
    "dimA" VARCHAR(64) NOT NULL DEFAULT '',
    "dimB" VARCHAR(64) NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "hist" JSONB,
    "grain" VARCHAR(2) NOT NULL,

    CONSTRAINT "InsightMonthly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightDayTotal" (
    "metric" VARCHAR(48) NOT NULL,
    "day" DATE NOT NULL,
    "amanahId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "hist" JSONB,
    "grain" VARCHAR(2) NOT NULL,

    CONSTRAINT "InsightDayTotal_pkey" PRIMARY KEY ("metric","day","amanahId","municipalityId","departmentId")
);

-- CreateIndex
CREATE INDEX "InsightMonthly_metric_grain_amanahId_month_idx" ON "InsightMonthly"("metric", "grain", "amanahId", "month");

-- CreateIndex
CREATE INDEX "InsightMonthly_metric_grain_municipalityId_month_idx" ON "InsightMonthly"("metric", "grain", "municipalityId", "month");

-- CreateIndex
CREATE INDEX "InsightMonthly_metric_grain_departmentId_month_idx" ON "InsightMonthly"("metric", "grain", "departmentId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "InsightMonthly_metric_month_municipalityId_departmentId_dim_key" ON "InsightMonthly"("metric", "month", "municipalityId", "departmentId", "dimA", "dimB");

-- CreateIndex
CREATE INDEX "InsightDayTotal_metric_grain_amanahId_day_idx" ON "InsightDayTotal"("metric", "grain", "amanahId", "day");

-- CreateIndex
CREATE INDEX "InsightDayTotal_metric_grain_municipalityId_day_idx" ON "InsightDayTotal"("metric", "grain", "municipalityId", "day");

-- CreateIndex
CREATE INDEX "InsightDayTotal_metric_grain_departmentId_day_idx" ON "InsightDayTotal"("metric", "grain", "departmentId", "day");


-- The roll-ups are built by the aggregates job (lib/domain/insights/rollup.ts) in the transaction that rewrites
-- the daily rows. Forgetting the watermarks makes its next run backfill every indicator from its first day, which
-- builds the roll-ups of the daily rows already there (docs/decisions/026-insights-rollup.md).
DELETE FROM "InsightWatermark";
