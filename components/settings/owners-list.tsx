// The organization's active Owners, marking the viewer.
import { InitialsAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";

export function OwnersList({ owners, viewerMemberId }: { owners: { id: string; name: string; email: string }[]; viewerMemberId: string }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Owners">
      {owners.map((owner) => (
        <li key={owner.id} className="flex items-center gap-3 py-2.5 first:pt-0 last:pb-0">
          <InitialsAvatar name={owner.name} seed={owner.id} />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-900">
              {owner.name}
              {owner.id === viewerMemberId ? <span className="font-normal text-slate-500"> (you)</span> : null}
            </p>
            <p className="truncate text-sm text-slate-500">{owner.email}</p>
          </div>
          <Badge tone="purple">Owner</Badge>
        </li>
      ))}
    </ul>
  );
}
