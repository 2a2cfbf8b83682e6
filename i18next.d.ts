import "i18next";
import type { resources } from "@/lib/i18n/resources";

// Keys are typed from the Arabic dictionaries: a typo in t("…") fails the type check.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: (typeof resources)["ar"];
  }
}
