"use client";

import { usePathname } from "next/navigation";
import { createContext, lazy, Suspense, useCallback, useContext, useState, type ReactNode } from "react";
import { ActionNotice } from "@/components/forms/action-notice";
import { safeDecodeURIComponent } from "@/lib/kernel/decode";

/*
 * Where the notice of an action goes when the form that ran it may not outlive the new state
 * (docs/decisions/052-notices-that-outlive-their-form.md): the step's section is drawn only while the step is
 * possible (a decided review, an answered request, a signed document leaving the queue), or anew for the record's
 * next version. A notice kept in the form's own state vanished with it a moment after it appeared. The slot sits at
 * the top of the page's content in the signed-in shell, keeps its state while the server re-renders the page around
 * the form, and is emptied when the user goes to another page.
 */

/**
 * A notice: its text, or a message KEY ("ns:key?param=value") translated when it is drawn — the key's namespace may
 * still be loading when the action answers (decision 037), and the text follows once it is there.
 */
export type AnnouncedNotice = ({ title: string; messageKey?: never } | { messageKey: string; title?: never }) & {
  testId?: string;
  /**
   * The path the action goes on to, when its result leaves nothing to show on this page (a complaint referred out
   * of the officer's scope is no longer theirs to open; a booking opens the appointment's page): the notice is said
   * there, once, and not drawn here in the moment before the navigation.
   */
  onPath?: string;
};
type Notice = AnnouncedNotice & { at: number };
const Announce = createContext<((n: AnnouncedNotice) => void) | null>(null);

// React's own lazy, not next/dynamic: a keyed notice is only ever drawn in the browser (the slot starts empty), and
// next/dynamic's loader would add ≈ 2 kB to every signed-in page's first load (issue 16's 150 kB).
const NoticeMessage = lazy(() => import("@/components/forms/notice-message"));

/** `className` places the notice: the shell's slot keeps a margin below it; a slot inside a page's section may differ. */
export function NoticeSlot({ children, className = "mb-5" }: { children: ReactNode; className?: string }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const pathname = usePathname();
  // A notice belongs to the page it was said on: leaving the page drops it, so coming back does not show it again
  // (state adjusted while rendering, as React's docs do it for a changed prop, rather than in an effect). A notice
  // announced for the page the action then opens (`onPath`) is kept on arriving there, takes the focus again, and
  // belongs to that page from then on. Not a URL flag: a reload or "back" would say it again.
  const [path, setPath] = useState(pathname);
  if (path !== pathname) {
    setPath(pathname);
    setNotice(notice?.onPath && samePath(notice.onPath, pathname) ? { ...notice, onPath: undefined, at: notice.at + 1 } : null);
  }
  // A notice "for" the page one is already on is simply said here.
  const announce = useCallback(
    (n: AnnouncedNotice) => setNotice({ ...n, onPath: n.onPath && !samePath(n.onPath, pathname) ? n.onPath : undefined, at: Date.now() }),
    [pathname],
  );
  return (
    <Announce.Provider value={announce}>
      {notice && !notice.onPath && <ActionNotice testId={notice.testId} noticeKey={notice.at} title={notice.messageKey ? <Suspense fallback={null}><NoticeMessage messageKey={notice.messageKey} /></Suspense> : notice.title} className={className} />}
      {children}
    </Announce.Provider>
  );
}

/** Two paths are the same page whether a segment (a service code, an appointment number) is percent-encoded or not. */
function samePath(a: string, b: string): boolean {
  return safeDecodeURIComponent(a) === safeDecodeURIComponent(b);
}

/** Says an action's outcome in the page's notice slot (its text or message key, and the notice's test id). */
export function useAnnounce(): (n: AnnouncedNotice) => void {
  const announce = useContext(Announce);
  if (!announce) throw new Error("useAnnounce: the page is not inside a NoticeSlot (components/shells/portal-shell.tsx)");
  return announce;
}
