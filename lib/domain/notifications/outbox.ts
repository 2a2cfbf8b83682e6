import type { Tx } from "@/lib/db";
import { zSaudiMobile } from "@/lib/validation";
import type { Lang } from "@/lib/i18n/settings";
import { sealParams } from "@/lib/domain/notifications/seal";
import { SECRET_MASK, isSecretParam, renderSms, type SmsParams, type SmsTemplate } from "@/lib/domain/notifications/templates";

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
 * if that transaction commits. The body is rendered now, so what is sent is what was decided; secret
 * parameters (isSecretParam) are stored masked and sealed, and the worker erases them once sent or dead.
 * Returns false when a message with this dedupeKey already exists.
 */
export async function enqueueSms(tx: Tx, msg: SmsMessage): Promise<boolean> {
  const to = zSaudiMobile.safeParse(msg.to);
  if (!to.success) throw new Error(`enqueueSms: not a Saudi mobile number: ${msg.to}`);
  renderSms(msg.template, msg.params, msg.locale); // throws on a missing parameter
  // Secrets (codes, temporary passwords) never sit in plain text: masked in body and params, sealed until sent.
  const secretNames = Object.keys(msg.params).filter(isSecretParam);
  const masked: SmsParams = { ...msg.params };
  for (const name of secretNames) masked[name] = SECRET_MASK;
  const body = renderSms(msg.template, masked, msg.locale);
  const sealedParams = secretNames.length ? sealParams(Object.fromEntries(secretNames.map((n) => [n, msg.params[n]!]))) : null;

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
        params: masked,
        body,
        sealedParams,
        dedupeKey: msg.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
