-- CreateEnum
CREATE TYPE "LicenseKind" AS ENUM ('COMMERCIAL', 'HEALTH');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'OFFICE_REVIEW', 'RETURNED', 'FIELD_INSPECTION', 'HEALTH_REVIEW', 'OFFICE_APPROVAL', 'AWAITING_PAYMENT', 'ISSUED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InspectionResult" AS ENUM ('PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "LicenseStatus" AS ENUM ('ACTIVE', 'EXPIRED', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RenewalStatus" AS ENUM ('AWAITING_PAYMENT', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HealthCertStatus" AS ENUM ('REQUESTED', 'ISSUED', 'UNFIT', 'REVOKED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'CLOSED', 'MERGED');

-- CreateEnum
CREATE TYPE "ComplaintSource" AS ENUM ('WEB', 'KIOSK', 'OPEN311');

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "applicationId" TEXT,
ADD COLUMN     "complaintEventId" TEXT,
ADD COLUMN     "complaintId" TEXT,
ADD COLUMN     "inspectionId" TEXT,
ADD COLUMN     "purpose" VARCHAR(32);

-- CreateTable
CREATE TABLE "LicenseApplication" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "applicantId" TEXT NOT NULL,
    "applicantNationalId" VARCHAR(10) NOT NULL,
    "kind" "LicenseKind" NOT NULL DEFAULT 'COMMERCIAL',
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "draftStep" INTEGER NOT NULL DEFAULT 1,
    "tradeNameAr" TEXT,
    "tradeNameEn" TEXT,
    "commercialRegNo" VARCHAR(10),
    "activityId" TEXT,
    "municipalityId" TEXT,
    "districtId" TEXT,
    "addressAr" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "areaM2" INTEGER,
    "signAreaM2" INTEGER,
    "officeId" TEXT,
    "officeAutoAssigned" BOOLEAN NOT NULL DEFAULT false,
    "stateEnteredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slaDueAt" TIMESTAMPTZ(3),
    "slaBreachedAt" TIMESTAMPTZ(3),
    "slaBreaches" INTEGER NOT NULL DEFAULT 0,
    "returnCount" INTEGER NOT NULL DEFAULT 0,
    "lastNote" TEXT,
    "rejectionReason" TEXT,
    "feeHalalas" INTEGER,
    "billId" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "issuedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LicenseApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationHistory" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ApplicationHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "result" "InspectionResult" NOT NULL,
    "checklist" JSONB NOT NULL,
    "notes" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "accuracyM" DOUBLE PRECISION,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenseFeeRule" (
    "id" TEXT NOT NULL,
    "activityGroupEn" TEXT,
    "baseHalalas" INTEGER NOT NULL,
    "perSquareMeterHalalas" INTEGER NOT NULL,
    "signPerSquareMeterHalalas" INTEGER NOT NULL,
    "healthSupplementHalalas" INTEGER NOT NULL,
    "renewalPercent" INTEGER NOT NULL DEFAULT 100,
    "lateRenewalPerMonthHalalas" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LicenseFeeRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "License" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "verifyCode" VARCHAR(24) NOT NULL,
    "kind" "LicenseKind" NOT NULL,
    "status" "LicenseStatus" NOT NULL DEFAULT 'ACTIVE',
    "applicationId" TEXT,
    "establishmentId" TEXT NOT NULL,
    "officeId" TEXT,
    "municipalityId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "holderNationalId" VARCHAR(10) NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderMobile" VARCHAR(12) NOT NULL,
    "tradeNameAr" TEXT NOT NULL,
    "areaM2" INTEGER NOT NULL,
    "signAreaM2" INTEGER NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "cancelledBy" TEXT,
    "reminder30SentAt" TIMESTAMPTZ(3),
    "reminder7SentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "License_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenseRenewal" (
    "id" TEXT NOT NULL,
    "licenseId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" "RenewalStatus" NOT NULL DEFAULT 'AWAITING_PAYMENT',
    "feeHalalas" INTEGER NOT NULL,
    "lateFeeHalalas" INTEGER NOT NULL DEFAULT 0,
    "billId" TEXT,
    "previousExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "newExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMPTZ(3),

    CONSTRAINT "LicenseRenewal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicalCenter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "amanahId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MedicalCenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicalCenterMember" (
    "id" TEXT NOT NULL,
    "centerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MedicalCenterMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthCertificate" (
    "id" TEXT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "verifyCode" VARCHAR(24) NOT NULL,
    "establishmentId" TEXT NOT NULL,
    "licenseId" TEXT,
    "requestedById" TEXT NOT NULL,
    "workerName" TEXT NOT NULL,
    "workerNationalId" VARCHAR(10) NOT NULL,
    "workerNationality" TEXT,
    "occupation" TEXT NOT NULL,
    "status" "HealthCertStatus" NOT NULL DEFAULT 'REQUESTED',
    "centerId" TEXT,
    "examinedById" TEXT,
    "examinedAt" TIMESTAMPTZ(3),
    "examNotes" TEXT,
    "issuedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokeReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyClient" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "keyPrefix" VARCHAR(12) NOT NULL,
    "keyHash" CHAR(64) NOT NULL,
    "scopes" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "amanahId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentMember" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "isSupervisor" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DepartmentMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintCategory" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionAr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "groupAr" TEXT NOT NULL,
    "groupEn" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "slaHours" INTEGER NOT NULL,
    "photoRequired" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplaintCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "reference" VARCHAR(16) NOT NULL,
    "categoryId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "districtId" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'NEW',
    "description" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "addressText" TEXT,
    "source" "ComplaintSource" NOT NULL DEFAULT 'WEB',
    "agencyClientId" TEXT,
    "reporterUserId" TEXT,
    "reporterName" TEXT,
    "reporterMobile" VARCHAR(12),
    "reporterLocale" "Locale" NOT NULL DEFAULT 'ar',
    "assigneeId" TEXT,
    "slaDueAt" TIMESTAMPTZ(3) NOT NULL,
    "overdueAt" TIMESTAMPTZ(3),
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "resolvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "rating" INTEGER,
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMPTZ(3),
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "duplicateOfId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT,
    "data" JSONB,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhoneVerification" (
    "id" TEXT NOT NULL,
    "mobile" VARCHAR(12) NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "codeHash" CHAR(64) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhoneVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LicenseApplication_number_key" ON "LicenseApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseApplication_billId_key" ON "LicenseApplication"("billId");

-- CreateIndex
CREATE INDEX "LicenseApplication_applicantId_createdAt_idx" ON "LicenseApplication"("applicantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "LicenseApplication_officeId_status_slaDueAt_idx" ON "LicenseApplication"("officeId", "status", "slaDueAt");

-- CreateIndex
CREATE INDEX "LicenseApplication_status_slaDueAt_idx" ON "LicenseApplication"("status", "slaDueAt");

-- CreateIndex
CREATE INDEX "LicenseApplication_municipalityId_issuedAt_idx" ON "LicenseApplication"("municipalityId", "issuedAt");

-- CreateIndex
CREATE INDEX "ApplicationHistory_applicationId_at_idx" ON "ApplicationHistory"("applicationId", "at");

-- CreateIndex
CREATE INDEX "Inspection_applicationId_idx" ON "Inspection"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseFeeRule_activityGroupEn_key" ON "LicenseFeeRule"("activityGroupEn");

-- CreateIndex
CREATE UNIQUE INDEX "License_number_key" ON "License"("number");

-- CreateIndex
CREATE UNIQUE INDEX "License_verifyCode_key" ON "License"("verifyCode");

-- CreateIndex
CREATE UNIQUE INDEX "License_applicationId_key" ON "License"("applicationId");

-- CreateIndex
CREATE INDEX "License_holderNationalId_idx" ON "License"("holderNationalId");

-- CreateIndex
CREATE INDEX "License_status_expiresAt_idx" ON "License"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "License_establishmentId_idx" ON "License"("establishmentId");

-- CreateIndex
CREATE INDEX "License_officeId_issuedAt_idx" ON "License"("officeId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseRenewal_billId_key" ON "LicenseRenewal"("billId");

-- CreateIndex
CREATE INDEX "LicenseRenewal_licenseId_createdAt_idx" ON "LicenseRenewal"("licenseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MedicalCenter_code_key" ON "MedicalCenter"("code");

-- CreateIndex
CREATE INDEX "MedicalCenterMember_userId_idx" ON "MedicalCenterMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MedicalCenterMember_centerId_userId_key" ON "MedicalCenterMember"("centerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "HealthCertificate_number_key" ON "HealthCertificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "HealthCertificate_verifyCode_key" ON "HealthCertificate"("verifyCode");

-- CreateIndex
CREATE INDEX "HealthCertificate_establishmentId_status_idx" ON "HealthCertificate"("establishmentId", "status");

-- CreateIndex
CREATE INDEX "HealthCertificate_licenseId_idx" ON "HealthCertificate"("licenseId");

-- CreateIndex
CREATE INDEX "HealthCertificate_workerNationalId_idx" ON "HealthCertificate"("workerNationalId");

-- CreateIndex
CREATE INDEX "HealthCertificate_status_createdAt_idx" ON "HealthCertificate"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyClient_code_key" ON "AgencyClient"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyClient_keyHash_key" ON "AgencyClient"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE INDEX "DepartmentMember_userId_idx" ON "DepartmentMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentMember_departmentId_userId_key" ON "DepartmentMember"("departmentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintCategory_code_key" ON "ComplaintCategory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_reference_key" ON "Complaint"("reference");

-- CreateIndex
CREATE INDEX "Complaint_municipalityId_status_slaDueAt_idx" ON "Complaint"("municipalityId", "status", "slaDueAt");

-- CreateIndex
CREATE INDEX "Complaint_departmentId_status_idx" ON "Complaint"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Complaint_categoryId_status_createdAt_idx" ON "Complaint"("categoryId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Complaint_reporterUserId_createdAt_idx" ON "Complaint"("reporterUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Complaint_reporterMobile_idx" ON "Complaint"("reporterMobile");

-- CreateIndex
CREATE INDEX "Complaint_status_slaDueAt_idx" ON "Complaint"("status", "slaDueAt");

-- CreateIndex
CREATE INDEX "Complaint_duplicateOfId_idx" ON "Complaint"("duplicateOfId");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_at_idx" ON "ComplaintEvent"("complaintId", "at");

-- CreateIndex
CREATE INDEX "PhoneVerification_mobile_purpose_createdAt_idx" ON "PhoneVerification"("mobile", "purpose", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "StoredFile_applicationId_idx" ON "StoredFile"("applicationId");

-- CreateIndex
CREATE INDEX "StoredFile_inspectionId_idx" ON "StoredFile"("inspectionId");

-- CreateIndex
CREATE INDEX "StoredFile_complaintId_idx" ON "StoredFile"("complaintId");

-- CreateIndex
CREATE INDEX "StoredFile_complaintEventId_idx" ON "StoredFile"("complaintEventId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenseApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_complaintEventId_fkey" FOREIGN KEY ("complaintEventId") REFERENCES "ComplaintEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseApplication" ADD CONSTRAINT "LicenseApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseApplication" ADD CONSTRAINT "LicenseApplication_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseApplication" ADD CONSTRAINT "LicenseApplication_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseApplication" ADD CONSTRAINT "LicenseApplication_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseApplication" ADD CONSTRAINT "LicenseApplication_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationHistory" ADD CONSTRAINT "ApplicationHistory_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenseApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenseApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenseApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "License" ADD CONSTRAINT "License_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseRenewal" ADD CONSTRAINT "LicenseRenewal_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicalCenterMember" ADD CONSTRAINT "MedicalCenterMember_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "MedicalCenter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicalCenterMember" ADD CONSTRAINT "MedicalCenterMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCertificate" ADD CONSTRAINT "HealthCertificate_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCertificate" ADD CONSTRAINT "HealthCertificate_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCertificate" ADD CONSTRAINT "HealthCertificate_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "MedicalCenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentMember" ADD CONSTRAINT "DepartmentMember_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentMember" ADD CONSTRAINT "DepartmentMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintCategory" ADD CONSTRAINT "ComplaintCategory_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ComplaintCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_agencyClientId_fkey" FOREIGN KEY ("agencyClientId") REFERENCES "AgencyClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Readable numbers from sequences (a check digit is appended in code).
CREATE SEQUENCE IF NOT EXISTS application_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS license_number_seq START 1000001;
CREATE SEQUENCE IF NOT EXISTS health_cert_number_seq START 100001;
CREATE SEQUENCE IF NOT EXISTS complaint_number_seq START 1000001;

-- The application history and the complaint timeline are append-only, like the audit log.
CREATE OR REPLACE FUNCTION history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ApplicationHistory_append_only"
  BEFORE UPDATE OR DELETE ON "ApplicationHistory"
  FOR EACH ROW EXECUTE FUNCTION history_append_only();
CREATE TRIGGER "ApplicationHistory_no_truncate"
  BEFORE TRUNCATE ON "ApplicationHistory"
  FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();
CREATE TRIGGER "ComplaintEvent_append_only"
  BEFORE UPDATE OR DELETE ON "ComplaintEvent"
  FOR EACH ROW EXECUTE FUNCTION history_append_only();
CREATE TRIGGER "ComplaintEvent_no_truncate"
  BEFORE TRUNCATE ON "ComplaintEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();
