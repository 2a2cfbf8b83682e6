-- Finance reconciliation reads issued, paid and expired bills per day and municipality from these indexes alone
-- (index-only scans, issue 16). The first replaces "Bill_municipalityId_issuedAt_idx", of which it is an extension.

-- DropIndex
DROP INDEX "Bill_municipalityId_issuedAt_idx";

-- CreateIndex
CREATE INDEX "Bill_municipalityId_issuedAt_totalHalalas_idx" ON "Bill"("municipalityId", "issuedAt", "totalHalalas");

-- CreateIndex
CREATE INDEX "Bill_municipalityId_paidAt_totalHalalas_idx" ON "Bill"("municipalityId", "paidAt", "totalHalalas");

-- CreateIndex
CREATE INDEX "Bill_municipalityId_status_expiresAt_totalHalalas_idx" ON "Bill"("municipalityId", "status", "expiresAt", "totalHalalas");
