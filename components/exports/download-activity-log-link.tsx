// "Download the activity log": the whole log as CSV (no filter), offered before deleting the
// organization — deletion takes the log with it. Server-safe.
import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

export function DownloadActivityLogLink({ slug }: { slug: string }) {
  return (
    <a href={`/orgs/${slug}/activity/export`} download className={buttonClasses("secondary")}>
      <Download className="size-4" aria-hidden="true" />
      Download the activity log
    </a>
  );
}
