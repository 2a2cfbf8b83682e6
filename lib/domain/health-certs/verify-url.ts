import "server-only";
import { env } from "@/lib/env";
import type { Lang } from "@/lib/i18n/settings";

/** The public page a health certificate's QR code opens. */
export function healthCertVerificationUrl(lang: Lang, verifyCode: string): string {
  return `${env().PUBLIC_BASE_URL.replace(/\/+$/, "")}/${lang}/verify/health-certificate/${encodeURIComponent(verifyCode)}`;
}
