import type { DbOrTx } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import type { OutgoingSms, SmsProvider } from "@/lib/domain/notifications/providers/types";

export type DevSmsOptions = {
  /** A stand-in phone (SMS_DEV_PHONE_URL): each message is POSTed there unmasked ({to, body}); the e2e run reads codes from it. */
  phoneUrl?: string;
  /** Prints each message, unmasked, on the worker's console (the terminal of `npm run dev` / the demo). */
  echo?: (line: string) => void;
};

/**
 * Development provider: "delivers" by recording the message in DevSmsMessage, which the admin reads on the
 * SMS log page — with secrets MASKED (the redacted body): the database never keeps a code or a password.
 * The real text goes only to the developer's phone stand-ins (console, SMS_DEV_PHONE_URL).
 * Idempotent through the unique outboxId: a repeated send returns the row recorded the first time.
 */
export function createDevSmsProvider(client: DbOrTx = defaultDb, options: DevSmsOptions = {}): SmsProvider {
  return {
    name: "dev",
    async send(msg: OutgoingSms) {
      if (options.phoneUrl) {
        const res = await fetch(options.phoneUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ to: msg.to, body: msg.body }),
          signal: AbortSignal.timeout(5_000),
        });
        if (!res.ok) throw new Error(`dev phone answered HTTP ${res.status}`);
      }
      options.echo?.(`[sms-dev] to ${msg.to}: ${msg.body.replace(/\n/g, " ")}`);
      // ON CONFLICT DO NOTHING, then read back: safe even when two workers send the same id at once.
      await client.devSmsMessage.createMany({
        data: [{ outboxId: msg.id, to: msg.to, body: msg.redactedBody ?? msg.body }],
        skipDuplicates: true,
      });
      const row = await client.devSmsMessage.findUniqueOrThrow({ where: { outboxId: msg.id }, select: { id: true } });
      return { providerId: row.id };
    },
  };
}
