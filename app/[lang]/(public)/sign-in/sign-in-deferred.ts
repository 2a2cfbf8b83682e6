"use client";

import { deferred } from "@/components/forms/deferred";

/** The sign-in page's two forms, fetched on the person's first interaction with the page (decision 045). */
export const NationalSsoButton = deferred(() => import("./sign-in-form").then((m) => m.NationalSsoButton));
export const SignInForm = deferred(() => import("./sign-in-form").then((m) => m.SignInForm));
