import { env } from "@/lib/env";
import { createDevSmsProvider } from "@/lib/domain/notifications/providers/dev";
import { createHttpSmsProvider } from "@/lib/domain/notifications/providers/http";
import type { SmsProvider } from "@/lib/domain/notifications/providers/types";

export type { SmsProvider } from "@/lib/domain/notifications/providers/types";
export { PermanentSmsError, isPermanentSmsError } from "@/lib/domain/notifications/providers/types";

/**
 * The provider chosen by configuration: SMS_PROVIDER=http, or dev (the default outside production; in
 * production only with SMS_DEV_IN_PRODUCTION=on — lib/env.ts refuses otherwise).
 */
export function smsProviderFromEnv(): SmsProvider {
  const e = env();
  if (e.SMS_PROVIDER === "http") {
    if (!e.SMS_HTTP_URL) throw new Error("SMS_PROVIDER=http needs SMS_HTTP_URL");
    return createHttpSmsProvider({ url: e.SMS_HTTP_URL, token: e.SMS_HTTP_TOKEN, sender: e.SMS_SENDER });
  }
  return createDevSmsProvider(undefined, { phoneUrl: e.SMS_DEV_PHONE_URL, echo: (line) => console.log(line) });
}
