import ar from "@/locales/ar/licensing.json";
import en from "@/locales/en/licensing.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("licensing", ar, en);
