-- CreateEnum
CREATE TYPE "SigningKeyStatus" AS ENUM ('ACTIVE', 'RETIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "SignedDocumentStatus" AS ENUM ('PENDING', 'COMPLETE');

-- CreateTable
CREATE TABLE "SigningPosition" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "departmentCode" VARCHAR(32),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningPosition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningPositionHolder" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3),

    CONSTRAINT "SigningPositionHolder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningChain" (
    "id" TEXT NOT NULL,
    "documentType" VARCHAR(40) NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningChain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningChainStep" (
    "id" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "positionId" TEXT NOT NULL,

    CONSTRAINT "SigningChainStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningDelegation" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "delegatorId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "id" TEXT NOT NULL,
    "kid" VARCHAR(32) NOT NULL,
    "userId" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateSealed" TEXT NOT NULL,
    "status" "SigningKeyStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokeReason" TEXT,

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignedDocument" (
    "id" TEXT NOT NULL,
    "documentType" VARCHAR(40) NOT NULL,
    "subjectId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "chainId" TEXT NOT NULL,
    "positionIds" TEXT[],
    "payload" TEXT NOT NULL,
    "compact" TEXT NOT NULL,
    "status" "SignedDocumentStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SignedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentSignature" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "positionId" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "kid" VARCHAR(32) NOT NULL,
    "delegationId" TEXT,
    "onBehalfOfId" TEXT,
    "header" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DocumentSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SigningPosition_municipalityId_code_key" ON "SigningPosition"("municipalityId", "code");

-- CreateIndex
CREATE INDEX "SigningPositionHolder_userId_idx" ON "SigningPositionHolder"("userId");

-- CreateIndex
CREATE INDEX "SigningPositionHolder_positionId_idx" ON "SigningPositionHolder"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningChain_documentType_municipalityId_key" ON "SigningChain"("documentType", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningChainStep_chainId_step_key" ON "SigningChainStep"("chainId", "step");

-- CreateIndex
CREATE INDEX "SigningDelegation_delegateId_endsAt_idx" ON "SigningDelegation"("delegateId", "endsAt");

-- CreateIndex
CREATE INDEX "SigningDelegation_positionId_idx" ON "SigningDelegation"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningKey_kid_key" ON "SigningKey"("kid");

-- CreateIndex
CREATE INDEX "SigningKey_userId_status_idx" ON "SigningKey"("userId", "status");

-- CreateIndex
CREATE INDEX "SignedDocument_status_municipalityId_idx" ON "SignedDocument"("status", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "SignedDocument_documentType_subjectId_key" ON "SignedDocument"("documentType", "subjectId");

-- CreateIndex
CREATE INDEX "DocumentSignature_signerId_idx" ON "DocumentSignature"("signerId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSignature_documentId_step_key" ON "DocumentSignature"("documentId", "step");

-- AddForeignKey
ALTER TABLE "SigningPositionHolder" ADD CONSTRAINT "SigningPositionHolder_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "SigningPosition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningChainStep" ADD CONSTRAINT "SigningChainStep_chainId_fkey" FOREIGN KEY ("chainId") REFERENCES "SigningChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningChainStep" ADD CONSTRAINT "SigningChainStep_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "SigningPosition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningDelegation" ADD CONSTRAINT "SigningDelegation_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "SigningPosition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSignature" ADD CONSTRAINT "DocumentSignature_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SignedDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


