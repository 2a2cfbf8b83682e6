/**
 * Integration tests read a one-time code the way a person does: from the phone. The outbox keeps codes
 * masked and sealed (docs/decisions/011), so `deliverTo` runs the real worker batch with a provider that
 * records what it would have sent, and returns the unmasked texts sent to `mobile`, newest first.
 */
import { processBatch } from "@/lib/domain/notifications/worker";
import type { OutgoingSms, SmsProvider } from "@/lib/domain/notifications/providers/types";

const inbox: OutgoingSms[] = [];
export const capturingProvider: SmsProvider = {
  name: "test-phone",
  async send(msg) {
    inbox.unshift(msg);
    return { providerId: `phone-${msg.id}` };
  },
};

/** Delivers every due message, then returns the texts `mobile` received so far (newest first). */
export async function deliverTo(mobile: string): Promise<string[]> {
  for (;;) {
    const { sent, failed } = await processBatch(capturingProvider, { batchSize: 100 });
    if (sent + failed === 0) break;
  }
  return inbox.filter((m) => m.to === mobile).map((m) => m.body);
}

/** The newest six-digit code sent to `mobile`. */
export async function latestCode(mobile: string): Promise<string> {
  const body = (await deliverTo(mobile)).find((b) => /\d{6}/.test(b));
  if (!body) throw new Error(`no code was sent to ${mobile}`);
  return /(\d{6})/.exec(body)![1]!;
}
