"use client";

import { deferred } from "@/components/forms/deferred";

/** A complaint: filing, tracking, the guest's mobile confirmation, rating and reopening. Fetched on the first interaction (decision 045; this folder's index says why one file per area). */
export const FileComplaintForm = deferred(() => import("@/components/complaints/file-form").then((m) => m.FileComplaintForm));
export const TrackForm = deferred(() => import("@/components/complaints/track-form").then((m) => m.TrackForm));
export const AfterResolutionPanel = deferred(() => import("@/components/complaints/after-resolution-forms").then((m) => m.AfterResolutionPanel));
export const GuestConfirm = deferred(() => import("@/components/complaints/guest-confirm").then((m) => m.GuestConfirm));
