import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "@/app/globals.css";
import { I18nProvider } from "@/components/i18n-provider";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { dirOf, LOCALES } from "@/lib/i18n/settings";

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const t = getT(await langOf(params));
  return { title: { default: t("common:portalName"), template: `%s · ${t("common:portalName")}` }, description: t("common:portalTagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#075430" };

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  // Every page renders per request: its scripts must carry this request's CSP nonce (proxy.ts, decision 013).
  await connection();
  const lang = await langOf(params);
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body className="min-h-dvh font-sans">
        <I18nProvider lang={lang}>{children}</I18nProvider>
      </body>
    </html>
  );
}
