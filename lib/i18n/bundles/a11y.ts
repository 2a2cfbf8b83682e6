import ar from "@/locales/ar/a11y.json";
import en from "@/locales/en/a11y.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("a11y", ar, en);
