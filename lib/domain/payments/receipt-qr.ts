import "server-only";
import QRCode from "qrcode";
import { env } from "@/lib/env";
import type { Lang } from "@/lib/i18n/settings";

/** The public page a receipt's QR code opens: keyed by the payment's random verifyCode, never the receipt number. */
export function receiptVerificationUrl(lang: Lang, verifyCode: string): string {
  return `${env().PUBLIC_BASE_URL.replace(/\/+$/, "")}/${lang}/verify/receipt/${encodeURIComponent(verifyCode)}`;
}

/** The QR code as an SVG data URL, rendered on the server (no script, prints sharply). */
export async function qrSvgDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0b3d2e", light: "#ffffff" } });
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
