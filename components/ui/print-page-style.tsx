import { headers } from "next/headers";

/**
 * The A4 print setup of printable pages (receipt, certificates) as a <style> element carrying this request's
 * CSP nonce (proxy.ts sets x-nonce; decision 013): an inline <style> without it is refused by the browser.
 */
export async function PrintPageStyle({ margin }: { margin: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <style nonce={nonce}>{`@page { size: A4; margin: ${margin}; }`}</style>;
}
