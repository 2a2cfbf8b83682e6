-- CreateIndex
CREATE INDEX "Complaint_updatedAt_idx" ON "Complaint"("updatedAt");

-- CreateIndex
CREATE INDEX "Complaint_municipalityId_slaDueAt_idx" ON "Complaint"("municipalityId", "slaDueAt");

-- CreateIndex
CREATE INDEX "LicenseApplication_officeId_submittedAt_idx" ON "LicenseApplication"("officeId", "submittedAt");

-- CreateIndex
CREATE INDEX "LicenseApplication_officeId_decidedAt_idx" ON "LicenseApplication"("officeId", "decidedAt");

-- CreateIndex
CREATE INDEX "LicenseApplication_officeId_issuedAt_idx" ON "LicenseApplication"("officeId", "issuedAt");

-- CreateIndex
CREATE INDEX "LicenseApplication_updatedAt_idx" ON "LicenseApplication"("updatedAt");

-- CreateIndex
CREATE INDEX "Payment_paidAt_idx" ON "Payment"("paidAt");
