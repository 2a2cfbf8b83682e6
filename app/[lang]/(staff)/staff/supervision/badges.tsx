export { AccreditationBadge, FeedbackBadge, OfficeStatusBadge } from "@/components/supervision/badges";
