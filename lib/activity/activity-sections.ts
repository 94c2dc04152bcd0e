// The Activity section's tabs and who sees each: the log and the overview for those who may read
// the audit log, access reviews for those who may review (Managers and above).
import { can, type Actor } from "@/lib/permissions";

export function activityTabs(member: Actor): { href: string; label: string }[] {
  const tabs: { href: string; label: string }[] = [];
  if (can(member, "audit.view")) tabs.push({ href: "", label: "Log" }, { href: "/overview", label: "Overview" });
  if (can(member, "members.edit")) tabs.push({ href: "/reviews", label: "Access reviews" });
  return tabs;
}
