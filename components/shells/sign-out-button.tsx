"use client";

import type { Lang } from "@/lib/i18n/settings";

/**
 * next-auth's client is loaded when the button is pressed, not with every page: the header (and this
 * button's chunk) is on every page, and guests, who never sign out, would download it for nothing (decision 033).
 * Its label comes translated from the server header, so no signed-in page downloads the `auth` namespace for one
 * word (decision 037).
 */
export function SignOutButton({ lang, label }: { lang: Lang; label: string }) {
  return (
    <button
      type="button"
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: `/${lang}` })}
      className="min-h-11 rounded-lg border border-sand-200 px-3 text-sm font-bold text-slate-700 hover:bg-sand-100"
    >
      {label}
    </button>
  );
}
