-- Issue 11: secret SMS parameters are sealed and erased once the message is sent or dead.
ALTER TABLE "OutboxMessage" ADD COLUMN "sealedParams" TEXT;
