"use client";

import { useEffect, useRef } from "react";

/**
 * Moves the keyboard focus to the element when it appears (`when` true at mount or turning true): the result
 * of an action (a code sent, a number confirmed, a confirmation with its reference) takes the focus, so it is
 * announced and the next Tab goes on from there instead of from <body> (issue 17). Give the element
 * tabIndex={-1} when it is not focusable itself.
 */
export function useFocusOnMount<E extends HTMLElement>(when = true) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!when) return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: "center" });
  }, [when]);
  return ref;
}
