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

    CONSTRAINT "InsightDayTotal_pkey" PRIMARY KEY ("metric","day","amanahId","municipalityId","departmentId")
);

-- CreateIndex
CREATE INDEX "InsightMonthly_metric_amanahId_month_idx" ON "InsightMonthly"("metric", "amanahId", "month");

-- CreateIndex
CREATE INDEX "InsightMonthly_metric_municipalityId_month_idx" ON "InsightMonthly"("metric", "municipalityId", "month");

-- CreateIndex
CREATE INDEX "InsightMonthly_metric_departmentId_month_idx" ON "InsightMonthly"("metric", "departmentId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "InsightMonthly_metric_month_municipalityId_departmentId_dim_key" ON "InsightMonthly"("metric", "month", "municipalityId", "departmentId", "dimA", "dimB");

-- CreateIndex
CREATE INDEX "InsightDayTotal_metric_amanahId_day_idx" ON "InsightDayTotal"("metric", "amanahId", "day");

-- CreateIndex
CREATE INDEX "InsightDayTotal_metric_municipalityId_day_idx" ON "InsightDayTotal"("metric", "municipalityId", "day");

-- CreateIndex
CREATE INDEX "InsightDayTotal_metric_departmentId_day_idx" ON "InsightDayTotal"("metric", "departmentId", "day");


-- The roll-ups are built by the aggregates job (lib/domain/insights/rollup.ts) in the transaction that rewrites
-- the daily rows. Forgetting the watermarks makes its next run backfill every indicator from its first day, which
-- builds the roll-ups of the daily rows already there (docs/decisions/insights-rollup.md).
DELETE FROM "InsightWatermark";
