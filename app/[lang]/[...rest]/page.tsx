import { notFound } from "next/navigation";

/** Any unknown path under a language renders that language's 404 page (app/[lang]/not-found.tsx). */
export default function CatchAll() {
  notFound();
}
