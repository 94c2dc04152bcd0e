"use client";
// A team's members in the shared data table: name and email (opening their member view),
// organization role, status, team role — a Maintainer/Member select for those who manage teams —
// and Remove from team (confirmed).
import type { DataColumn } from "@/components/data-table/data-column";
import { UserMinus, Users } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useOptimistic, useState, useTransition } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import type { TableController } from "@/components/data-table/table-controller";
import { RoleBadge, StatusBadge } from "@/components/members/member-badges";
import { TEAM_ROLE_LABELS, TEAM_ROLES } from "@/components/teams/team-display";
import { InitialsAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { NativeSelect } from "@/components/ui/native-select";
import type { TeamMemberRow } from "@/db/queries/teams";
import type { TeamRole } from "@/db/schema/enums";
import { removeTeamMemberAction, setTeamMemberRoleAction } from "@/lib/actions/teams/server-actions";

interface Props {
  slug: string;
  team: { id: string; name: string };
  rows: TeamMemberRow[];
  controller: TableController;
  canManage: boolean;
  /** Why there are no rows (no members yet, or none match the filter). */
  empty: { title: string; text: string };
}

export function TeamMembersTable({ slug, team, rows, controller, canManage, empty }: Props) {
  const router = useRouter();
  const [removing, setRemoving] = useState<TeamMemberRow | null>(null);
  const memberHref = (row: TeamMemberRow) => `/orgs/${encodeURIComponent(slug)}/members?member=${row.memberId}`;

  const columns = useMemo<DataColumn<TeamMemberRow>[]>(() => {
    const list: DataColumn<TeamMemberRow>[] = [
      {
        id: "member",
        header: "Member",
        enableSorting: false,
        meta: { className: "max-w-0 md:max-w-none" },
        cell: ({ row }) => (
          <div className="flex min-w-0 items-center gap-3">
            <InitialsAvatar name={row.original.name} seed={row.original.memberId} className="hidden sm:inline-flex" />
            <div className="min-w-0">
              <Link href={`/orgs/${encodeURIComponent(slug)}/members?member=${row.original.memberId}`} className="block truncate font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                {row.original.name}
              </Link>
              <p className="truncate text-slate-600">{row.original.email}</p>
              <div className="mt-1 flex flex-wrap gap-1.5 md:hidden">
                <RoleBadge role={row.original.role} />
                <StatusBadge status={row.original.status} />
              </div>
            </div>
          </div>
        ),
      },
      { id: "role", header: "Role", enableSorting: false, meta: { className: "hidden md:table-cell" }, cell: ({ row }) => <RoleBadge role={row.original.role} /> },
      { id: "status", header: "Status", enableSorting: false, meta: { className: "hidden md:table-cell" }, cell: ({ row }) => <StatusBadge status={row.original.status} /> },
      {
        id: "teamRole",
        header: "Team role",
        enableSorting: false,
        meta: { className: "w-32 sm:w-36" },
        cell: ({ row }) =>
          canManage ? (
            <TeamRoleSelect slug={slug} team={team} row={row.original} onChanged={() => router.refresh()} />
          ) : (
            <Badge tone={row.original.teamRole === "maintainer" ? "indigo" : "gray"}>{TEAM_ROLE_LABELS[row.original.teamRole]}</Badge>
          ),
      },
    ];
    if (canManage) {
      list.push({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "w-12 text-right", label: "Actions" },
        cell: ({ row }) => (
          <button
            type="button"
            onClick={() => setRemoving(row.original)}
            aria-label={`Remove ${row.original.name} from ${team.name}`}
            title="Remove from team"
            className="rounded-md p-1.5 text-slate-600 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <UserMinus className="size-4" aria-hidden="true" />
          </button>
        ),
      });
    }
    return list;
  }, [slug, team, canManage, router]);

  return (
    <>
      <DataTable<TeamMemberRow>
        label={`Members of ${team.name}`}
        id="team-members"
        columns={columns}
        rows={rows}
        getRowId={(row) => row.memberId}
        getRowLabel={(row) => row.name}
        controller={controller}
        onOpenRow={(row) => router.push(memberHref(row))}
        empty={
          <DataTableEmpty icon={<Users className="size-5" aria-hidden="true" />} title={empty.title}>
            {empty.text}
          </DataTableEmpty>
        }
      />
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
