import type { BundledNamespace } from "@/lib/i18n/namespaces";
import type { Lang } from "@/lib/i18n/settings";

/**
 * One namespace in both languages, as a client component imports it: `useT(complaints)` with
 * `import complaints from "@/lib/i18n/bundles/complaints"`. The strings travel in the component's own chunk, so a
 * page downloads the namespaces its client components use and no others (decision 037). Both languages: a chunk
 * cannot depend on the page's language, and one namespace is 1–6 kB compressed.
 */
export type Bundle = { readonly ns: BundledNamespace } & Readonly<Record<Lang, object>>;

export function bundle(ns: BundledNamespace, ar: object, en: object): Bundle {
  return { ns, ar, en };
}
