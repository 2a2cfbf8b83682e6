import type { DbOrTx } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import type { OutgoingSms, SmsProvider } from "@/lib/domain/notifications/providers/types";

/**
 * Development provider: "delivers" by recording the message in DevSmsMessage, which staff read
 * on the SMS log page. Idempotent through the unique outboxId: a repeated send returns the row
 * recorded the first time instead of recording the message twice.
 */
export function createDevSmsProvider(client: DbOrTx = defaultDb): SmsProvider {
  return {
    name: "dev",
    async send(msg: OutgoingSms) {
      // ON CONFLICT DO NOTHING, then read back: safe even when two workers send the same id at once.
      await client.devSmsMessage.createMany({
        data: [{ outboxId: msg.id, to: msg.to, body: msg.body }],
        skipDuplicates: true,
      });
      const row = await client.devSmsMessage.findUniqueOrThrow({ where: { outboxId: msg.id }, select: { id: true } });
      return { providerId: row.id };
    },
  };
}
