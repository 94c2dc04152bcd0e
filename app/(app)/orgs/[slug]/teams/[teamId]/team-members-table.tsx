"use client";
// A team's members: name and email (opening their member view), organization role, status, team
// role — a Maintainer/Member select for those who manage teams — and Remove from team (confirmed).
import { UserMinus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { toast } from "sonner";
import { RoleBadge, StatusBadge } from "@/components/members/member-badges";
import { TEAM_ROLE_LABELS, TEAM_ROLES } from "@/components/teams/team-display";
import { InitialsAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TeamMemberRow } from "@/db/queries/teams";
import type { TeamRole } from "@/db/schema/enums";
import { removeTeamMemberAction, setTeamMemberRoleAction } from "@/lib/actions/teams/server-actions";

interface Props {
  slug: string;
  team: { id: string; name: string };
  rows: TeamMemberRow[];
  canManage: boolean;
  busy: boolean;
  emptyText: string;
}

export function TeamMembersTable({ slug, team, rows, canManage, busy, emptyText }: Props) {
  const router = useRouter();
  const [removing, setRemoving] = useState<TeamMemberRow | null>(null);

  if (rows.length === 0) return <p className="px-4 py-12 text-center text-sm text-slate-600">{emptyText}</p>;

  return (
    <>
      <Table
        aria-label={`Members of ${team.name}`}
        aria-busy={busy || undefined}
        className={cn("transition-opacity", busy && "opacity-60")}
      >
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4">Member</TableHead>
            <TableHead className="hidden md:table-cell">Role</TableHead>
            <TableHead className="hidden md:table-cell">Status</TableHead>
            <TableHead>Team role</TableHead>
            {canManage ? (
              <TableHead className="w-12 pr-4">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.memberId} className="hover:bg-slate-50">
              <TableCell className="max-w-0 pl-4 md:max-w-none">
                <div className="flex min-w-0 items-center gap-3">
                  <InitialsAvatar name={row.name} seed={row.memberId} className="hidden sm:inline-flex" />
                  <div className="min-w-0">
                    <Link
                      href={`/orgs/${encodeURIComponent(slug)}/members?member=${row.memberId}`}
                      className="block truncate font-medium text-slate-900 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                    >
                      {row.name}
                    </Link>
                    <p className="truncate text-slate-500">{row.email}</p>
                    <div className="mt-1 flex flex-wrap gap-1.5 md:hidden">
                      <RoleBadge role={row.role} />
                      <StatusBadge status={row.status} />
                    </div>
                  </div>
                </div>
              </TableCell>
              <TableCell className="hidden md:table-cell">
                <RoleBadge role={row.role} />
              </TableCell>
              <TableCell className="hidden md:table-cell">
                <StatusBadge status={row.status} />
              </TableCell>
              <TableCell className="w-32 sm:w-36">
                {canManage ? (
                  <TeamRoleSelect slug={slug} team={team} row={row} onChanged={() => router.refresh()} />
                ) : (
                  <Badge tone={row.teamRole === "maintainer" ? "indigo" : "gray"}>{TEAM_ROLE_LABELS[row.teamRole]}</Badge>
                )}
              </TableCell>
              {canManage ? (
                <TableCell className="pr-4 text-right">
                  <button
                    type="button"
                    onClick={() => setRemoving(row)}
                    aria-label={`Remove ${row.name} from ${team.name}`}
                    title="Remove from team"
                    className="rounded-md p-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  >
                    <UserMinus className="size-4" aria-hidden="true" />
                  </button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => (open ? undefined : setRemoving(null))}
        title={`Remove ${removing?.name ?? ""} from ${team.name}?`}
        description={`${removing?.name ?? ""} (${removing?.email ?? ""}) will no longer be in ${team.name}. They stay in the organization and in their other teams.`}
        confirmLabel="Remove from team"
        onConfirm={async () => {
          if (!removing) return null;
          const result = await removeTeamMemberAction(slug, { teamId: team.id, memberId: removing.memberId });
          if (!result.ok) return result.error;
          toast.success(`${removing.name} has been removed from ${team.name}.`);
          router.refresh();
          return null;
        }}
      />
    </>
  );
}

/** Changes the team role at once; shows the new value while the change is on its way. */
function TeamRoleSelect({
  slug,
  team,
  row,
  onChanged,
}: {
  slug: string;
  team: { id: string; name: string };
  row: TeamMemberRow;
  onChanged: () => void;
}) {
  const { id: teamId, name: teamName } = team;
  // The last role the server confirmed: kept until the refreshed row arrives, so nothing flickers.
  const [confirmed, setConfirmed] = useState(row.teamRole);
  const [fromServer, setFromServer] = useState(row.teamRole);
  if (row.teamRole !== fromServer) {
    setFromServer(row.teamRole);
    setConfirmed(row.teamRole);
  }
  const [role, setOptimisticRole] = useOptimistic(confirmed);
  const [pending, startTransition] = useTransition();

  function change(next: TeamRole) {
    startTransition(async () => {
      setOptimisticRole(next);
      const result = await setTeamMemberRoleAction(slug, { teamId, memberId: row.memberId, role: next });
      if (result.ok) {
        startTransition(() => setConfirmed(next));
        toast.success(`${row.name} is now a ${TEAM_ROLE_LABELS[next]} of ${teamName}.`);
        onChanged();
      } else toast.error(result.error);
    });
  }

  return (
    <NativeSelect
      value={role}
      disabled={pending}
      onChange={(e) => change(e.target.value as TeamRole)}
      aria-label={`Team role of ${row.name}`}
      className="w-28 sm:w-32"
    >
      {TEAM_ROLES.map((r) => (
        <option key={r} value={r}>
          {TEAM_ROLE_LABELS[r]}
        </option>
      ))}
    </NativeSelect>
  );
}
