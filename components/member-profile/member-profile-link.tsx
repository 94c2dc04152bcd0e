// "Open full profile": the link from a member's view modal (or any member row) to their profile
// page, /orgs/<slug>/members/<id>. Server-safe.
import { UserRound } from "lucide-react";
import Link from "next/link";
import { buttonClasses, type ButtonSize } from "@/components/ui/button";

export function MemberProfileLink({ slug, memberId, size = "sm", label = "Open full profile" }: { slug: string; memberId: string; size?: ButtonSize; label?: string }) {
  return (
    <Link href={`/orgs/${slug}/members/${memberId}`} className={buttonClasses("secondary", size)}>
      <UserRound className="size-4" aria-hidden="true" />
      {label}
    </Link>
  );
}
