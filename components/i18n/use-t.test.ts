import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { I18nProviderAr } from "@/components/i18n/provider-ar";
import { useT } from "@/components/i18n/use-t";

/** A client component that translates one core key. */
function BackHome() {
  const { t } = useT();
  return createElement("a", { href: "/" }, t("common:backHome"));
}

// withT itself renders through next/dynamic, which needs Next's router: the journeys exercise it on every form.
describe("useT (decision 040)", () => {
  it("useT outside a provider fails loudly instead of rendering the raw key", () => {
    expect(() => renderToStaticMarkup(createElement(BackHome))).toThrow(/outside a translation provider/);
  });

  it("inside the language's provider it translates", () => {
    expect(renderToStaticMarkup(createElement(I18nProviderAr, null, createElement(BackHome)))).toContain("العودة إلى الرئيسية");
  });
});
