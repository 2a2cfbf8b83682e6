import ar from "@/locales/ar/permitsAfterIssue.json";
import en from "@/locales/en/permitsAfterIssue.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("permitsAfterIssue", ar, en);
