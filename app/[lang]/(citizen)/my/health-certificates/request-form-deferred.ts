"use client";

import { deferred } from "@/components/forms/deferred";

/** The health-certificate request form, fetched on the person's first interaction with the page (decision 045). */
export const RequestForm = deferred(() => import("./request-form").then((m) => m.RequestForm));
