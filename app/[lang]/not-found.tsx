import type { Metadata } from "next";
import { StatusPage } from "@/components/shells/status-page";
import arA11y from "@/locales/ar/a11y.json";
import enA11y from "@/locales/en/a11y.json";

// A not-found boundary receives no params, so its metadata cannot follow the language: the title in the server's HTML
// names the page in both (locales a11y titles.notFound; the root layout's template adds the portal's name). Once the
// page is live, the status page's own <title>, in the reader's language, comes first (decision 055).
export const metadata: Metadata = { title: `${arA11y.titles.notFound} · ${enA11y.titles.notFound}` };

export default function NotFound() {
  return <StatusPage code={404} kind="notFound" />;
}
