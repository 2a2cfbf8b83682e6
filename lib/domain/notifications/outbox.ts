import type { Tx } from "@/lib/db";
import { zSaudiMobile } from "@/lib/validation";
import type { Lang } from "@/lib/i18n/settings";
import { renderSms, type SmsParams, type SmsTemplate } from "@/lib/domain/notifications/templates";

export type { SmsTemplate } from "@/lib/domain/notifications/templates";

export type SmsMessage = {
  /** Saudi mobile, E.164 without '+': 9665XXXXXXXX (other spellings are normalised). */
  to: string;
  template: SmsTemplate;
  params: SmsParams;
  locale: Lang;
  /**
   * Names the business event (e.g. `bill-issued:<billId>`). Enqueueing the same key again does
   * nothing, so a retried request or a double-clicked button never texts twice.
   */
  dedupeKey?: string;
};

/**
 * Adds an SMS to the outbox inside the caller's transaction: it is delivered (by the worker) only
 * if that transaction commits. The body is rendered now, so what is sent is what was decided.
 * Returns false when a message with this dedupeKey already exists.
 */
export async function enqueueSms(tx: Tx, msg: SmsMessage): Promise<boolean> {
  const to = zSaudiMobile.safeParse(msg.to);
  if (!to.success) throw new Error(`enqueueSms: not a Saudi mobile number: ${msg.to}`);
  const body = renderSms(msg.template, msg.params, msg.locale);

  // skipDuplicates is INSERT … ON CONFLICT DO NOTHING: two concurrent transactions with the same
  // key cannot both insert (the unique index makes the second wait for the first, then skip),
  // and unlike catching P2002 it does not abort the caller's transaction.
  const { count } = await tx.outboxMessage.createMany({
    data: [
      {
        channel: "sms",
        to: to.data,
        template: msg.template,
        locale: msg.locale,
        params: msg.params,
        body,
        dedupeKey: msg.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
