"use client";

import { deferred } from "@/components/forms/deferred";

/** The profile page's forms, fetched on the person's first interaction with the page (decision 045). */
export const ProfileForm = deferred(() => import("./profile-form").then((m) => m.ProfileForm));
export const ConfirmMobileForm = deferred(() => import("./confirm-mobile-form").then((m) => m.ConfirmMobileForm));
