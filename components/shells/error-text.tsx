"use client";

import { createContext, use, type ReactNode } from "react";

/** The error page's words, and where "back home" goes (`/ar`, `/en`): the layout knows the language. */
export type ErrorText = { title: string; body: string; tryAgain: string; backHome: string; homeHref: string };

const Context = createContext<ErrorText | null>(null);

/**
 * The error page's four strings, translated by the root layout on the server (decision 040). The error boundary
 * is in every page's first load; with the words handed down it needs neither i18next nor a dictionary, and it
 * still shows when the failure is a script chunk that could not load.
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <Context value={text}>{children}</Context>;
}

export function useErrorText(): ErrorText {
  const text = use(Context);
  if (!text) throw new Error("useErrorText() outside the root layout's ErrorTextProvider");
  return text;
}
