import ar from "@/locales/ar/signatures.json";
import en from "@/locales/en/signatures.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("signatures", ar, en);
