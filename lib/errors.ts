/**
 * The one error type of the domain. A code maps to an HTTP status (for route handlers)
 * and to a localized message key in locales/<lang>/errors.json (for pages and actions).
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  /** A request body larger than the endpoint accepts (lib/http/read-body.ts). */
  PAYLOAD_TOO_LARGE: 413,
  INVALID_STATE: 409,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Interpolation values for the localized message. */
  readonly params?: Record<string, string | number>;
  /** Per-field message keys, for VALIDATION. */
  readonly fieldErrors?: Record<string, string>;

  constructor(
    code: ErrorCode,
    options: { message?: string; params?: Record<string, string | number>; fieldErrors?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.params = options.params;
    this.fieldErrors = options.fieldErrors;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /**
   * The message key that explains this error to a person: the `message` when it is itself a key
   * ("violations:rules.unpaidBlocksLicense?bills=…"), else the code's entry in the `errors` namespace.
   */
  get messageKey(): string {
    return /^[a-z][A-Za-z]*:[A-Za-z0-9_.]+(\?.*)?$/.test(this.message) ? this.message : `errors:${this.code}`;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
