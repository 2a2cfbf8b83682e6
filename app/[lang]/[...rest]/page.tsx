import { notFound } from "next/navigation";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("notFound");

/** Any unknown path under a language renders that language's 404 page (app/[lang]/not-found.tsx). */
export default function CatchAll() {
  notFound();
}
