-- Issue 11: a new mobile takes effect only after the code sent to it is confirmed.
ALTER TABLE "User" ADD COLUMN "pendingMobile" VARCHAR(12);
