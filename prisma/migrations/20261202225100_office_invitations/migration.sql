-- Office invitations (issue 11): no account is created from an inviter's input; the invited person accepts.

-- CreateEnum
CREATE TYPE "OfficeInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED');

-- CreateTable
CREATE TABLE "OfficeInvitation" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "nationalId" VARCHAR(10) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "mobile" VARCHAR(12) NOT NULL,
    "role" "OfficeRole" NOT NULL,
    "qualificationNo" TEXT,
    "tokenHash" CHAR(64) NOT NULL,
    "status" "OfficeInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "invitedById" TEXT NOT NULL,
    "accreditationId" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "memberId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OfficeInvitation_tokenHash_key" ON "OfficeInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "OfficeInvitation_officeId_status_idx" ON "OfficeInvitation"("officeId", "status");

-- CreateIndex
CREATE INDEX "OfficeInvitation_nationalId_status_idx" ON "OfficeInvitation"("nationalId", "status");

-- CreateIndex
CREATE INDEX "OfficeInvitation_accreditationId_idx" ON "OfficeInvitation"("accreditationId");

-- AddForeignKey
ALTER TABLE "OfficeInvitation" ADD CONSTRAINT "OfficeInvitation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "LicensingOffice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
