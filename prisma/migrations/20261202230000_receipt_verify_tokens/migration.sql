-- Receipts are verified by a random token, not by the sequential receipt number (issue 11, decision 012).
-- Existing receipts get a random token each (122 random bits of a v4 UUID, base64url, 22 characters):
-- the old R… codes printed on receipts stop verifying, as they were enumerable.
ALTER TABLE "Payment" ADD COLUMN "verifyCode" VARCHAR(40);

UPDATE "Payment"
   SET "verifyCode" = rtrim(translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '=')
 WHERE "verifyCode" IS NULL;

ALTER TABLE "Payment" ALTER COLUMN "verifyCode" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Payment_verifyCode_key" ON "Payment"("verifyCode");
