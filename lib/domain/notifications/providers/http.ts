import { PermanentSmsError, type OutgoingSms, type SmsProvider } from "@/lib/domain/notifications/providers/types";

export type HttpSmsConfig = {
  url: string;
  token?: string;
  sender: string;
  /** Per request; a timed-out request is retried (the Idempotency-Key makes that safe). */
  timeoutMs?: number;
};

/** A retryable failure (5xx, 429, timeout, network). */
export class RetryableSmsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RetryableSmsError";
  }
}

/**
 * An SMS gateway reached over HTTP: POST {to, body, sender, reference} as JSON.
 * `Idempotency-Key: <outbox id>` lets the gateway drop a repeat of a message it already accepted,
 * which is what makes a retry after a timeout safe. 2xx = accepted; 4xx = the gateway will never
 * accept this message (permanent), except 408 and 429 which mean "not now"; 5xx and network
 * errors = try again.
 */
export function createHttpSmsProvider(config: HttpSmsConfig): SmsProvider {
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    name: "http",
    async send(msg: OutgoingSms) {
      let res: Response;
      try {
        res = await fetch(config.url, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json",
            "Idempotency-Key": msg.id,
            ...(config.token ? { Authorization: `Bearer ${config.token}` } : {}),
          },
          body: JSON.stringify({ to: msg.to, body: msg.body, sender: config.sender, reference: msg.id }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        const reason = e instanceof Error && e.name === "TimeoutError" ? `timeout after ${timeoutMs} ms` : String(e);
        throw new RetryableSmsError(`SMS gateway unreachable: ${reason}`, { cause: e });
      }

      const text = await res.text().catch(() => "");
      if (res.ok) return { providerId: providerIdFrom(text) ?? msg.id };
      const detail = `SMS gateway HTTP ${res.status}: ${text.slice(0, 200)}`;
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        throw new PermanentSmsError(detail);
      }
      throw new RetryableSmsError(detail);
    },
  };
}

/** Gateways name their message id differently; fall back to our own id when none is given. */
function providerIdFrom(text: string): string | undefined {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const id = json.id ?? json.messageId ?? json.message_id;
    return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
  } catch {
    return undefined;
  }
}
