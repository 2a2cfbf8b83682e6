"use client";

import { deferred } from "@/components/forms/deferred";

/** Licensing offices: a citizen's feedback on an office, an office's accreditation request. Fetched on the first interaction (decision 045; this folder's index says why one file per area). */
export const FeedbackForm = deferred(() => import("@/components/supervision/feedback-form").then((m) => m.FeedbackForm));
export const AccreditationForm = deferred(() => import("@/components/supervision/accreditation-form").then((m) => m.AccreditationForm));
