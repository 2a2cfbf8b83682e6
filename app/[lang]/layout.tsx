import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "@/app/globals.css";
import { ErrorTextProvider } from "@/components/shells/error-text";
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
  const t = getT(lang);
  const errorText = { title: t("errors:pages.errorTitle"), body: t("errors:pages.errorBody"), tryAgain: t("common:tryAgain"), backHome: t("common:backHome"), homeHref: `/${lang}` };
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body className="min-h-dvh font-sans">
        <ErrorTextProvider text={errorText}>{children}</ErrorTextProvider>
      </body>
    </html>
  );
}
