-- CreateEnum
CREATE TYPE "PermitCancelGround" AS ENUM ('OWNER_REQUEST', 'VIOLATION', 'FALSE_DOCUMENTS', 'AUTHORITY_ORDER');

-- AlterTable
ALTER TABLE "Permit" ADD COLUMN     "cancelGround" "PermitCancelGround",
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3);


