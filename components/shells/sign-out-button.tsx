"use client";

import { signOut } from "next-auth/react";
import { useT } from "@/components/i18n-provider";
import type { Lang } from "@/lib/i18n/settings";

export function SignOutButton({ lang }: { lang: Lang }) {
  const { t } = useT();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${lang}` })}
      className="min-h-11 rounded-lg border border-sand-200 px-3 text-sm font-semibold text-slate-700 hover:bg-sand-100"
    >
      {t("auth:signOut")}
    </button>
  );
}
