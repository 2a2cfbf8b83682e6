"use client";

import { deferred } from "@/components/forms/deferred";

/** Tenders: buying a booklet, the subscriptions to new tenders. Fetched on the first interaction (decision 045; this folder's index says why one file per area). */
export const BuyBookletForm = deferred(() => import("@/components/tenders/buy-booklet-form").then((m) => m.BuyBookletForm));
export const SubscriptionsForm = deferred(() => import("@/components/tenders/subscriptions-form").then((m) => m.SubscriptionsForm));
