"use client";

import { deferred } from "@/components/forms/deferred";

/** The objection form, fetched on the person's first interaction with the page (decision 045). */
export const ObjectionForm = deferred(() => import("./objection-form").then((m) => m.ObjectionForm));
