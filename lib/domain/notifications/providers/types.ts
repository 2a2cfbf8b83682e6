/**
 * One message as the worker hands it to a provider. `id` is the OutboxMessage id. `body` is the real text
 * (secrets included); `redactedBody` the same with secrets masked — what a provider may keep or log.
 */
export type OutgoingSms = { id: string; to: string; body: string; redactedBody?: string };

/**
 * Sends SMS. Implementations MUST be idempotent per message id: the worker may call `send` again
 * for a message that was in fact delivered (it crashed, or lost its lock, before recording the
 * result), and the provider must then not deliver it a second time.
 * Throw PermanentSmsError when retrying cannot help; any other error is retried with backoff.
 */
export interface SmsProvider {
  /** For log lines only. */
  readonly name?: string;
  send(msg: OutgoingSms): Promise<{ providerId: string }>;
}

/** The provider refused the message for good (bad number, rejected content, bad credentials). */
export class PermanentSmsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentSmsError";
  }
}

export function isPermanentSmsError(e: unknown): e is PermanentSmsError {
  return e instanceof PermanentSmsError;
}
