-- The service catalogue (docs/decisions/service-catalogue.md): guides, channels, fees, status and a normalized,
-- trigram-indexed search column.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "EServiceStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "EServiceChannel" AS ENUM ('WEB', 'KIOSK', 'API');

-- AlterTable
ALTER TABLE "EService" ADD COLUMN     "channels" "EServiceChannel"[] DEFAULT ARRAY['WEB']::"EServiceChannel"[],
ADD COLUMN     "departmentAr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "departmentEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "documentsAr" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "documentsEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "durationAr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "durationEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "feeAr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "feeEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "feeHalalas" INTEGER,
ADD COLUMN     "requirementsAr" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "requirementsEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" "EServiceStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "stepsAr" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "stepsEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "EService_status_category_audience_idx" ON "EService"("status", "category", "audience");

-- CreateIndex
CREATE INDEX "EService_searchText_idx" ON "EService" USING GIN ("searchText" gin_trgm_ops);



-- The 21 rows seeded before this migration carried no guide and some advertised pages that do not exist. They
-- were reference data nobody could edit (there was no admin page); the seed inserts the full catalogue again by code.
DELETE FROM "EService";
