-- CreateEnum
CREATE TYPE "OfficeServiceType" AS ENUM ('COMMERCIAL', 'HEALTH', 'ENGINEERING');

-- CreateEnum
CREATE TYPE "AccreditationStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('ACTIVE', 'ENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "PenaltyTrigger" AS ENUM ('SPOT_CHECK_FINDING', 'SLA_BREACH', 'CONTRACT_BREACH');

-- CreateEnum
CREATE TYPE "PenaltyKind" AS ENUM ('WARNING', 'FINE', 'SUSPENSION', 'REVOCATION');

-- CreateEnum
CREATE TYPE "SpotCheckStatus" AS ENUM ('PENDING', 'PASSED', 'FINDING');

-- CreateEnum
CREATE TYPE "PenaltyStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'DISMISSED', 'LIFTED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('SUGGESTION', 'COMPLAINT');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('OPEN', 'ANSWERED');

-- AlterTable
ALTER TABLE "LicensingOffice" ADD COLUMN     "serviceTypes" "OfficeServiceType"[],
ADD COLUMN     "suspendedUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "OfficeMember" ADD COLUMN     "removedAt" TIMESTAMPTZ(3),
ADD COLUMN     "verifiedById" TEXT;

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "accreditationId" TEXT;

-- AlterTable
ALTER TABLE "LicenseApplication" ADD COLUMN     "reassignOfferedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AccreditationRequest" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "officeId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "status" "AccreditationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "serviceTypes" "OfficeServiceType"[],
    "municipalityIds" TEXT[],
    "notes" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT,

    CONSTRAINT "AccreditationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeContract" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "officeId" TEXT NOT NULL,
    "status" "ContractStatus" NOT NULL DEFAULT 'ACTIVE',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "municipalityIds" TEXT[],
    "serviceTypes" "OfficeServiceType"[],
    "maxMedianHours" INTEGER NOT NULL,
    "maxSlaBreachPercent" INTEGER NOT NULL,
    "maxReturnPercent" INTEGER NOT NULL,
    "spotCheckPercent" INTEGER NOT NULL DEFAULT 10,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenaltyClause" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "trigger" "PenaltyTrigger" NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "kind" "PenaltyKind" NOT NULL,
    "fineHalalas" INTEGER,
    "suspensionDays" INTEGER,

    CONSTRAINT "PenaltyClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpotCheck" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "licenseId" TEXT NOT NULL,
    "sampledById" TEXT NOT NULL,
    "inspectorId" TEXT,
    "status" "SpotCheckStatus" NOT NULL DEFAULT 'PENDING',
    "findingNote" TEXT,
    "checkedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpotCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficePenalty" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "officeId" TEXT NOT NULL,
    "contractId" TEXT,
    "clauseId" TEXT,
    "trigger" "PenaltyTrigger" NOT NULL,
    "spotCheckId" TEXT,
    "kind" "PenaltyKind" NOT NULL,
    "status" "PenaltyStatus" NOT NULL DEFAULT 'PROPOSED',
    "reason" TEXT NOT NULL,
    "fineHalalas" INTEGER,
    "billId" TEXT,
    "suspensionDays" INTEGER,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "appealUntil" TIMESTAMPTZ(3),
    "liftedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OfficePenalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenaltyAppeal" (
    "id" TEXT NOT NULL,
    "penaltyId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "filedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,

    CONSTRAINT "PenaltyAppeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "topic" VARCHAR(32) NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAttendance" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "certificateNo" VARCHAR(16),
    "certifiedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WorkshopAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeFeedback" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "officeId" TEXT,
    "fromUserId" TEXT NOT NULL,
    "fromKind" VARCHAR(8) NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeRating" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationRequest_number_key" ON "AccreditationRequest"("number");

-- CreateIndex
CREATE INDEX "AccreditationRequest_status_submittedAt_idx" ON "AccreditationRequest"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "AccreditationRequest_officeId_idx" ON "AccreditationRequest"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeContract_number_key" ON "OfficeContract"("number");

-- CreateIndex
CREATE INDEX "OfficeContract_officeId_status_idx" ON "OfficeContract"("officeId", "status");

-- CreateIndex
CREATE INDEX "OfficeContract_status_endsAt_idx" ON "OfficeContract"("status", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PenaltyClause_contractId_trigger_occurrence_key" ON "PenaltyClause"("contractId", "trigger", "occurrence");

-- CreateIndex
CREATE INDEX "SpotCheck_officeId_status_idx" ON "SpotCheck"("officeId", "status");

-- CreateIndex
CREATE INDEX "SpotCheck_inspectorId_status_idx" ON "SpotCheck"("inspectorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SpotCheck_licenseId_key" ON "SpotCheck"("licenseId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficePenalty_number_key" ON "OfficePenalty"("number");

-- CreateIndex
CREATE UNIQUE INDEX "OfficePenalty_spotCheckId_key" ON "OfficePenalty"("spotCheckId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficePenalty_billId_key" ON "OfficePenalty"("billId");

-- CreateIndex
CREATE INDEX "OfficePenalty_officeId_status_idx" ON "OfficePenalty"("officeId", "status");

-- CreateIndex
CREATE INDEX "OfficePenalty_status_proposedAt_idx" ON "OfficePenalty"("status", "proposedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PenaltyAppeal_penaltyId_key" ON "PenaltyAppeal"("penaltyId");

-- CreateIndex
CREATE INDEX "PenaltyAppeal_status_filedAt_idx" ON "PenaltyAppeal"("status", "filedAt");

-- CreateIndex
CREATE INDEX "Workshop_startsAt_idx" ON "Workshop"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopAttendance_certificateNo_key" ON "WorkshopAttendance"("certificateNo");

-- CreateIndex
CREATE INDEX "WorkshopAttendance_memberId_idx" ON "WorkshopAttendance"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopAttendance_workshopId_memberId_key" ON "WorkshopAttendance"("workshopId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeFeedback_number_key" ON "OfficeFeedback"("number");

-- CreateIndex
CREATE INDEX "OfficeFeedback_officeId_kind_idx" ON "OfficeFeedback"("officeId", "kind");

-- CreateIndex
CREATE INDEX "OfficeFeedback_status_createdAt_idx" ON "OfficeFeedback"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeRating_applicationId_key" ON "OfficeRating"("applicationId");

-- CreateIndex
CREATE INDEX "OfficeRating_officeId_idx" ON "OfficeRating"("officeId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "AccreditationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationRequest" ADD CONSTRAINT "AccreditationRequest_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeContract" ADD CONSTRAINT "OfficeContract_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenaltyClause" ADD CONSTRAINT "PenaltyClause_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "OfficeContract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheck" ADD CONSTRAINT "SpotCheck_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheck" ADD CONSTRAINT "SpotCheck_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficePenalty" ADD CONSTRAINT "OfficePenalty_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficePenalty" ADD CONSTRAINT "OfficePenalty_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "OfficeContract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficePenalty" ADD CONSTRAINT "OfficePenalty_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "PenaltyClause"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficePenalty" ADD CONSTRAINT "OfficePenalty_spotCheckId_fkey" FOREIGN KEY ("spotCheckId") REFERENCES "SpotCheck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenaltyAppeal" ADD CONSTRAINT "PenaltyAppeal_penaltyId_fkey" FOREIGN KEY ("penaltyId") REFERENCES "OfficePenalty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendance" ADD CONSTRAINT "WorkshopAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "OfficeMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeFeedback" ADD CONSTRAINT "OfficeFeedback_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeRating" ADD CONSTRAINT "OfficeRating_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenseApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeRating" ADD CONSTRAINT "OfficeRating_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Readable numbers of the supervision area (a check digit is appended in code).
CREATE SEQUENCE IF NOT EXISTS accreditation_number_seq START 10001;
CREATE SEQUENCE IF NOT EXISTS contract_number_seq START 10001;
CREATE SEQUENCE IF NOT EXISTS penalty_number_seq START 10001;
CREATE SEQUENCE IF NOT EXISTS feedback_number_seq START 10001;
CREATE SEQUENCE IF NOT EXISTS training_certificate_seq START 10001;
