"use client";

import { createContext } from "react";

/**
 * True inside a deferred form (components/forms/deferred.tsx, decision 045). Its code is fetched on the person's
 * first interaction, so nothing rendered inside it may ask the page to preload a chunk in the first load: the
 * translation provider reads this to load its dictionary without next/dynamic's preload there.
 */
export const InsideDeferredForm = createContext(false);
