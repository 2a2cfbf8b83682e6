-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ar', 'en');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('REVIEWER', 'COMPLAINTS_OFFICER', 'FIELD_INSPECTOR', 'COMMITTEE_MEMBER', 'FINANCE', 'ADMIN');

-- CreateEnum
CREATE TYPE "OfficeStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "OfficeRole" AS ENUM ('MANAGER', 'AGENT', 'HEALTH_SPECIALIST', 'TECH_INSPECTOR');

-- CreateEnum
CREATE TYPE "EServiceCategory" AS ENUM ('INFORMATIONAL', 'INTERACTIVE', 'TRANSACTIONAL', 'INTEGRATIVE');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('CITIZEN', 'BUSINESS', 'OFFICE', 'AGENCY');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'DEAD');

-- CreateTable
CREATE TABLE "Amanah" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Amanah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "amanahId" TEXT NOT NULL,
    "parentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "nationalId" VARCHAR(10),
    "username" VARCHAR(64),
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "mobile" VARCHAR(12) NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "preferredLocale" "Locale" NOT NULL DEFAULT 'ar',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "amanahId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicensingOffice" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "commercialRegNo" VARCHAR(10) NOT NULL,
    "phone" VARCHAR(12) NOT NULL,
    "email" TEXT,
    "status" "OfficeStatus" NOT NULL DEFAULT 'PENDING',
    "amanahId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LicensingOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeCoverage" (
    "officeId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,

    CONSTRAINT "OfficeCoverage_pkey" PRIMARY KEY ("officeId","municipalityId")
);

-- CreateTable
CREATE TABLE "OfficeMember" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "OfficeRole" NOT NULL,
    "qualificationNo" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "isicCode" VARCHAR(10) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "groupAr" TEXT NOT NULL,
    "groupEn" TEXT NOT NULL,
    "requiresHealthLicense" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EService" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "category" "EServiceCategory" NOT NULL,
    "audience" "Audience" NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionAr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "path" TEXT,
    "requiresLogin" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "EService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'sms',
    "to" VARCHAR(15) NOT NULL,
    "template" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'ar',
    "params" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "providerId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevSmsMessage" (
    "id" TEXT NOT NULL,
    "outboxId" TEXT NOT NULL,
    "to" VARCHAR(15) NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevSmsMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Amanah_code_key" ON "Amanah"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Municipality_amanahId_idx" ON "Municipality"("amanahId");

-- CreateIndex
CREATE INDEX "Municipality_parentId_idx" ON "Municipality"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "District_municipalityId_nameEn_key" ON "District"("municipalityId", "nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "User_nationalId_key" ON "User"("nationalId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "StaffAssignment_municipalityId_idx" ON "StaffAssignment"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAssignment_userId_role_amanahId_municipalityId_key" ON "StaffAssignment"("userId", "role", "amanahId", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "LicensingOffice_code_key" ON "LicensingOffice"("code");

-- CreateIndex
CREATE UNIQUE INDEX "LicensingOffice_commercialRegNo_key" ON "LicensingOffice"("commercialRegNo");

-- CreateIndex
CREATE INDEX "LicensingOffice_status_idx" ON "LicensingOffice"("status");

-- CreateIndex
CREATE INDEX "OfficeCoverage_municipalityId_idx" ON "OfficeCoverage"("municipalityId");

-- CreateIndex
CREATE INDEX "OfficeMember_userId_idx" ON "OfficeMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OfficeMember_officeId_userId_role_key" ON "OfficeMember"("officeId", "userId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_isicCode_key" ON "Activity"("isicCode");

-- CreateIndex
CREATE UNIQUE INDEX "EService_code_key" ON "EService"("code");

-- CreateIndex
CREATE INDEX "EService_category_sortOrder_idx" ON "EService"("category", "sortOrder");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_municipalityId_at_idx" ON "AuditLog"("municipalityId", "at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_to_createdAt_idx" ON "OutboxMessage"("to", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "DevSmsMessage_outboxId_key" ON "DevSmsMessage"("outboxId");

-- CreateIndex
CREATE INDEX "DevSmsMessage_createdAt_idx" ON "DevSmsMessage"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_amanahId_fkey" FOREIGN KEY ("amanahId") REFERENCES "Amanah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_amanahId_fkey" FOREIGN KEY ("amanahId") REFERENCES "Amanah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicensingOffice" ADD CONSTRAINT "LicensingOffice_amanahId_fkey" FOREIGN KEY ("amanahId") REFERENCES "Amanah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeCoverage" ADD CONSTRAINT "OfficeCoverage_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeCoverage" ADD CONSTRAINT "OfficeCoverage_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMember" ADD CONSTRAINT "OfficeMember_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMember" ADD CONSTRAINT "OfficeMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Append-only audit log (see prisma/sql/audit-append-only.sql for the reasoning).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege'; -- SQLSTATE 42501
END;
$$;

DROP TRIGGER IF EXISTS "AuditLog_append_only" ON "AuditLog";
CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

DROP TRIGGER IF EXISTS "AuditLog_no_truncate" ON "AuditLog";
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
