-- CreateEnum
CREATE TYPE "EngineeringOfficeClass" AS ENUM ('FIRST', 'SECOND', 'THIRD', 'FOURTH');

-- CreateEnum
CREATE TYPE "EngineerDiscipline" AS ENUM ('ARCHITECTURAL', 'CIVIL', 'STRUCTURAL', 'ELECTRICAL', 'MECHANICAL', 'SURVEYING');

-- CreateEnum
CREATE TYPE "EngineerGrade" AS ENUM ('ASSOCIATE', 'ENGINEER', 'PROFESSIONAL', 'CONSULTANT');

-- CreateEnum
CREATE TYPE "PermitCategory" AS ENUM ('BUILDING', 'DEMOLITION', 'RESTORATION');

-- CreateEnum
CREATE TYPE "PermitAuthorizationStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "PermitStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'RETURNED', 'AWAITING_PAYMENT', 'AWAITING_SIGNATURE', 'ISSUED', 'COMPLETED', 'REJECTED', 'WITHDRAWN', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PermitUse" AS ENUM ('RESIDENTIAL', 'COMMERCIAL', 'MIXED');

-- CreateEnum
CREATE TYPE "PermitStepDecision" AS ENUM ('ACCEPTED', 'RETURNED', 'TRANSFERRED', 'REJECTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PermitInspectionStage" AS ENUM ('FOUNDATION', 'SKELETON', 'FINISHING', 'INSULATION');

-- CreateEnum
CREATE TYPE "PermitInspectorKind" AS ENUM ('MUNICIPALITY', 'OFFICE');

-- CreateEnum
CREATE TYPE "PermitCertificateType" AS ENUM ('INSULATION', 'COMPLETION');

-- CreateEnum
CREATE TYPE "ElectricityConnectionStatus" AS ENUM ('REQUESTED', 'ISSUED', 'REFUSED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "OfficeRole" ADD VALUE 'ENGINEER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StaffRole" ADD VALUE 'PERMITS_REVIEWER';
ALTER TYPE "StaffRole" ADD VALUE 'PERMITS_SIGNATORY';

-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "permitSlaDays" INTEGER;

-- AlterTable
ALTER TABLE "LicensingOffice" ADD COLUMN     "engineeringClass" "EngineeringOfficeClass",
ADD COLUMN     "engineeringLicenseExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "engineeringLicenseNo" VARCHAR(20);

-- AlterTable
ALTER TABLE "OfficeInvitation" ADD COLUMN     "discipline" "EngineerDiscipline",
ADD COLUMN     "grade" "EngineerGrade";

-- AlterTable
ALTER TABLE "OfficeMember" ADD COLUMN     "discipline" "EngineerDiscipline",
ADD COLUMN     "grade" "EngineerGrade";

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "permitId" TEXT,
ADD COLUMN     "permitInspectionId" TEXT,
ADD COLUMN     "permitStepId" TEXT;

-- CreateTable
CREATE TABLE "PermitKind" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "category" "PermitCategory" NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "requiredDocuments" TEXT[],
    "validityMonths" INTEGER NOT NULL DEFAULT 36,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PermitKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitKindDepartment" (
    "kindId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PermitKindDepartment_pkey" PRIMARY KEY ("kindId","departmentId")
);

-- CreateTable
CREATE TABLE "PermitFeeRule" (
    "id" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "minAreaM2" INTEGER NOT NULL DEFAULT 0,
    "maxAreaM2" INTEGER,
    "baseHalalas" INTEGER NOT NULL,
    "perSquareMeterHalalas" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PermitFeeRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitAuthorization" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "ownerNationalId" VARCHAR(10) NOT NULL,
    "officeId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "deedNo" VARCHAR(20) NOT NULL,
    "planNo" VARCHAR(20) NOT NULL,
    "parcelNo" VARCHAR(20) NOT NULL,
    "status" "PermitAuthorizationStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PermitAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Permit" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "kindId" TEXT NOT NULL,
    "status" "PermitStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "ownerId" TEXT NOT NULL,
    "ownerNationalId" VARCHAR(10) NOT NULL,
    "ownerName" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "authorizationId" TEXT NOT NULL,
    "engineerMemberId" TEXT,
    "municipalityId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "deedNo" VARCHAR(20) NOT NULL,
    "planNo" VARCHAR(20) NOT NULL,
    "parcelNo" VARCHAR(20) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "landAreaM2" INTEGER,
    "floors" INTEGER,
    "use" "PermitUse",
    "builtUpAreaM2" INTEGER,
    "setbackFrontM" DOUBLE PRECISION,
    "setbackRearM" DOUBLE PRECISION,
    "setbackSideM" DOUBLE PRECISION,
    "currentDepartmentId" TEXT,
    "stateEnteredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slaDueAt" TIMESTAMPTZ(3),
    "returnCount" INTEGER NOT NULL DEFAULT 0,
    "lastNote" TEXT,
    "rejectionReason" TEXT,
    "feeHalalas" INTEGER,
    "billId" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "issuedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "signedById" TEXT,
    "verifyCode" VARCHAR(24),
    "reassignOfferedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Permit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitReviewStep" (
    "id" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "departmentId" TEXT NOT NULL,
    "fromDepartmentId" TEXT,
    "transferNote" TEXT,
    "arrivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "decision" "PermitStepDecision",
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "notes" TEXT,
    "toDepartmentId" TEXT,

    CONSTRAINT "PermitReviewStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitHistory" (
    "id" BIGSERIAL NOT NULL,
    "permitId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "fromStatus" "PermitStatus",
    "toStatus" "PermitStatus" NOT NULL,
    "departmentId" TEXT,
    "note" TEXT,

    CONSTRAINT "PermitHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitInspection" (
    "id" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "stage" "PermitInspectionStage" NOT NULL,
    "inspectorKind" "PermitInspectorKind" NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "officeId" TEXT,
    "result" "InspectionResult" NOT NULL,
    "notes" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "accuracyM" DOUBLE PRECISION,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PermitInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitCertificate" (
    "id" TEXT NOT NULL,
    "permitId" TEXT NOT NULL,
    "type" "PermitCertificateType" NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "verifyCode" VARCHAR(24) NOT NULL,
    "inspectionId" TEXT,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,

    CONSTRAINT "PermitCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificatePrerequisite" (
    "id" TEXT NOT NULL,
    "certificateType" "PermitCertificateType" NOT NULL,
    "requiresType" "PermitCertificateType" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificatePrerequisite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectricityConnection" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "permitId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" "ElectricityConnectionStatus" NOT NULL DEFAULT 'REQUESTED',
    "clearanceNo" VARCHAR(16),
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "refusalReason" TEXT,

    CONSTRAINT "ElectricityConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UtilityCompany" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "agencyClientId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "UtilityCompany_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UtilityCompanyMember" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "UtilityCompanyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermitAccessLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "channel" VARCHAR(8) NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "organization" VARCHAR(32) NOT NULL,
    "organizationAr" TEXT NOT NULL,
    "organizationEn" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "permitIds" TEXT[],
    "resultCount" INTEGER NOT NULL,

    CONSTRAINT "PermitAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PermitKind_code_key" ON "PermitKind"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PermitKindDepartment_kindId_position_key" ON "PermitKindDepartment"("kindId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PermitFeeRule_kindId_municipalityId_minAreaM2_key" ON "PermitFeeRule"("kindId", "municipalityId", "minAreaM2");

-- CreateIndex
CREATE INDEX "PermitAuthorization_ownerId_createdAt_idx" ON "PermitAuthorization"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PermitAuthorization_officeId_status_idx" ON "PermitAuthorization"("officeId", "status");

-- CreateIndex
CREATE INDEX "PermitAuthorization_districtId_planNo_parcelNo_idx" ON "PermitAuthorization"("districtId", "planNo", "parcelNo");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_number_key" ON "Permit"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_billId_key" ON "Permit"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_verifyCode_key" ON "Permit"("verifyCode");

-- CreateIndex
CREATE INDEX "Permit_ownerId_createdAt_idx" ON "Permit"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Permit_officeId_status_idx" ON "Permit"("officeId", "status");

-- CreateIndex
CREATE INDEX "Permit_currentDepartmentId_status_slaDueAt_idx" ON "Permit"("currentDepartmentId", "status", "slaDueAt");

-- CreateIndex
CREATE INDEX "Permit_status_slaDueAt_idx" ON "Permit"("status", "slaDueAt");

-- CreateIndex
CREATE INDEX "Permit_municipalityId_districtId_planNo_parcelNo_kindId_idx" ON "Permit"("municipalityId", "districtId", "planNo", "parcelNo", "kindId");

-- CreateIndex
CREATE INDEX "Permit_issuedAt_idx" ON "Permit"("issuedAt");

-- CreateIndex
CREATE INDEX "Permit_districtId_planNo_idx" ON "Permit"("districtId", "planNo");

-- CreateIndex
CREATE INDEX "Permit_ownerNationalId_idx" ON "Permit"("ownerNationalId");

-- CreateIndex
CREATE INDEX "PermitReviewStep_departmentId_decision_dueAt_idx" ON "PermitReviewStep"("departmentId", "decision", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "PermitReviewStep_permitId_seq_key" ON "PermitReviewStep"("permitId", "seq");

-- CreateIndex
CREATE INDEX "PermitHistory_permitId_at_idx" ON "PermitHistory"("permitId", "at");

-- CreateIndex
CREATE INDEX "PermitInspection_permitId_stage_idx" ON "PermitInspection"("permitId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "PermitCertificate_number_key" ON "PermitCertificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "PermitCertificate_verifyCode_key" ON "PermitCertificate"("verifyCode");

-- CreateIndex
CREATE INDEX "PermitCertificate_permitId_type_idx" ON "PermitCertificate"("permitId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "CertificatePrerequisite_certificateType_requiresType_key" ON "CertificatePrerequisite"("certificateType", "requiresType");

-- CreateIndex
CREATE UNIQUE INDEX "ElectricityConnection_number_key" ON "ElectricityConnection"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ElectricityConnection_clearanceNo_key" ON "ElectricityConnection"("clearanceNo");

-- CreateIndex
CREATE INDEX "ElectricityConnection_permitId_idx" ON "ElectricityConnection"("permitId");

-- CreateIndex
CREATE INDEX "ElectricityConnection_status_requestedAt_idx" ON "ElectricityConnection"("status", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "UtilityCompany_code_key" ON "UtilityCompany"("code");

-- CreateIndex
CREATE UNIQUE INDEX "UtilityCompany_agencyClientId_key" ON "UtilityCompany"("agencyClientId");

-- CreateIndex
CREATE INDEX "UtilityCompanyMember_userId_idx" ON "UtilityCompanyMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UtilityCompanyMember_companyId_userId_key" ON "UtilityCompanyMember"("companyId", "userId");

-- CreateIndex
CREATE INDEX "PermitAccessLog_at_idx" ON "PermitAccessLog"("at" DESC);

-- CreateIndex
CREATE INDEX "PermitAccessLog_organization_at_idx" ON "PermitAccessLog"("organization", "at" DESC);

-- CreateIndex
CREATE INDEX "PermitAccessLog_permitIds_idx" ON "PermitAccessLog" USING GIN ("permitIds");

-- CreateIndex
CREATE UNIQUE INDEX "LicensingOffice_engineeringLicenseNo_key" ON "LicensingOffice"("engineeringLicenseNo");

-- CreateIndex
CREATE INDEX "StoredFile_permitId_idx" ON "StoredFile"("permitId");

-- CreateIndex
CREATE INDEX "StoredFile_permitStepId_idx" ON "StoredFile"("permitStepId");

-- CreateIndex
CREATE INDEX "StoredFile_permitInspectionId_idx" ON "StoredFile"("permitInspectionId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_permitStepId_fkey" FOREIGN KEY ("permitStepId") REFERENCES "PermitReviewStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_permitInspectionId_fkey" FOREIGN KEY ("permitInspectionId") REFERENCES "PermitInspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitKindDepartment" ADD CONSTRAINT "PermitKindDepartment_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "PermitKind"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitKindDepartment" ADD CONSTRAINT "PermitKindDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitFeeRule" ADD CONSTRAINT "PermitFeeRule_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "PermitKind"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitFeeRule" ADD CONSTRAINT "PermitFeeRule_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitAuthorization" ADD CONSTRAINT "PermitAuthorization_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitAuthorization" ADD CONSTRAINT "PermitAuthorization_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitAuthorization" ADD CONSTRAINT "PermitAuthorization_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "PermitKind"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "PermitAuthorization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_currentDepartmentId_fkey" FOREIGN KEY ("currentDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitReviewStep" ADD CONSTRAINT "PermitReviewStep_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitReviewStep" ADD CONSTRAINT "PermitReviewStep_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitReviewStep" ADD CONSTRAINT "PermitReviewStep_fromDepartmentId_fkey" FOREIGN KEY ("fromDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitReviewStep" ADD CONSTRAINT "PermitReviewStep_toDepartmentId_fkey" FOREIGN KEY ("toDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitHistory" ADD CONSTRAINT "PermitHistory_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitInspection" ADD CONSTRAINT "PermitInspection_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitCertificate" ADD CONSTRAINT "PermitCertificate_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitCertificate" ADD CONSTRAINT "PermitCertificate_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "PermitInspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectricityConnection" ADD CONSTRAINT "ElectricityConnection_permitId_fkey" FOREIGN KEY ("permitId") REFERENCES "Permit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UtilityCompanyMember" ADD CONSTRAINT "UtilityCompanyMember_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "UtilityCompany"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UtilityCompanyMember" ADD CONSTRAINT "UtilityCompanyMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Readable numbers of the permits area from sequences (a check digit is appended in code).
CREATE SEQUENCE IF NOT EXISTS permit_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS permit_certificate_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS electricity_connection_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS electricity_clearance_number_seq START 100001;

-- The permit timeline and the permit access log are append-only, like the application history.
CREATE TRIGGER "PermitHistory_append_only"
  BEFORE UPDATE OR DELETE ON "PermitHistory"
  FOR EACH ROW EXECUTE FUNCTION history_append_only();
CREATE TRIGGER "PermitHistory_no_truncate"
  BEFORE TRUNCATE ON "PermitHistory"
  FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();
CREATE TRIGGER "PermitAccessLog_append_only"
  BEFORE UPDATE OR DELETE ON "PermitAccessLog"
  FOR EACH ROW EXECUTE FUNCTION history_append_only();
CREATE TRIGGER "PermitAccessLog_no_truncate"
  BEFORE TRUNCATE ON "PermitAccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();
