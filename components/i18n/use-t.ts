"use client";

import { useTranslation } from "react-i18next";
import type { T } from "@/lib/i18n/core";
import { NAMESPACES } from "@/lib/i18n/namespaces";

/** `t` for client components, taking "ns:key" for every namespace, in the page's language. */
export function useT(): { t: T } {
  const { t } = useTranslation([...NAMESPACES]);
  return { t: t as unknown as T };
}
