-- DropIndex
DROP INDEX "InsightMonthly_metric_month_municipalityId_departmentId_dim_key";

-- AlterTable
ALTER TABLE "InsightDayTotal" DROP CONSTRAINT "InsightDayTotal_pkey",
ADD COLUMN     "dimA" VARCHAR(64) NOT NULL DEFAULT '*',
ADD COLUMN     "dimB" VARCHAR(64) NOT NULL DEFAULT '*',
ALTER COLUMN "grain" SET DATA TYPE VARCHAR(4),
ADD CONSTRAINT "InsightDayTotal_pkey" PRIMARY KEY ("metric", "day", "amanahId", "municipalityId", "departmentId", "dimA", "dimB");

-- AlterTable
ALTER TABLE "InsightMonthly" ALTER COLUMN "grain" SET DATA TYPE VARCHAR(4);

-- CreateIndex
CREATE UNIQUE INDEX "InsightMonthly_metric_month_amanahId_municipalityId_departm_key" ON "InsightMonthly"("metric", "month", "amanahId", "municipalityId", "departmentId", "dimA", "dimB");


-- The monthly rows already there kept the municipality and the department: their grain now names them
-- (docs/decisions/026-insights-rollup.md, "After the grains").
UPDATE "InsightMonthly" SET grain = 'MD' || grain;

-- The new grains (Amanah-wide and per-municipality months, one-breakdown day rows) are built by the aggregates job:
-- forgetting the watermarks makes its next run backfill every indicator, which rolls up every daily row already
-- there, including those before its first real day (lib/domain/insights/aggregate.ts).
DELETE FROM "InsightWatermark";
