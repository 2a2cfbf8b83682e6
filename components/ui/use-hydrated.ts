"use client";

import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};
const isBrowser = () => true;
const isServerOrHydrating = () => false;

/**
 * False on the server and during hydration, true from the browser's first render after it: a control that needs
 * its code (a button whose click runs a server action) is drawn disabled until it is alive, so an early click is
 * refused visibly instead of lost (the server's HTML of a button does nothing on its own).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, isBrowser, isServerOrHydrating);
}
