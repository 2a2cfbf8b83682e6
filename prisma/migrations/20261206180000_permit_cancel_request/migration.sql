-- AlterTable
ALTER TABLE "Permit" ADD COLUMN     "cancelRequestReason" TEXT,
ADD COLUMN     "cancelRequestedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Permit_cancelRequestedAt_idx" ON "Permit"("cancelRequestedAt");


