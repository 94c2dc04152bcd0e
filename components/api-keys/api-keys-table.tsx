"use client";
// A list of API keys in the shared data table: name and visible prefix, scopes, expiry, last use
// (time and address) and creation; each row's menu revokes the key after a confirmation. Optionally
// names each key's member (Settings → API keys lists everyone's).
import type { DataColumn } from "@/components/data-table/data-column";
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import type { TableController } from "@/components/data-table/table-controller";
import { Badge } from "@/components/ui/badge";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { revokeApiKeyAction } from "@/lib/actions/api-keys/server-actions";
import type { ApiKeyView } from "@/lib/api-keys/api-keys-page-data";
import { formatDateTime, formatRelative } from "@/lib/format-time";

export type ApiKeyTableRow = ApiKeyView & { memberName?: string | null; memberEmail?: string | null };

/** A table that shows everything on one page: nothing to sort or page through. */
function wholeList(total: number): TableController {
  return { page: 1, pageCount: 1, pageSize: Math.max(total, 1), total, onPage: () => {}, pending: false };
}

function When({ date, now, fallback }: { date: Date | null; now: number; fallback: string }) {
  if (!date) return <span className="text-slate-500">{fallback}</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {formatRelative(date, now, { capitalized: true })}
    </time>
  );
}

export function ApiKeysTable({ slug, keys, now, showMember = false, emptyText }: { slug: string; keys: ApiKeyTableRow[]; now: number; showMember?: boolean; emptyText: string }) {
  const router = useRouter();
  const [revoking, setRevoking] = useState<ApiKeyTableRow | null>(null);

  const columns = useMemo<DataColumn<ApiKeyTableRow>[]>(() => {
    const list: DataColumn<ApiKeyTableRow>[] = [
      {
        id: "name",
        header: "Key",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-0">
            <p className="truncate font-medium text-slate-900">{row.original.name}</p>
            <p className="font-mono text-xs text-slate-500">{row.original.prefix}…</p>
          </div>
        ),
      },
    ];
    if (showMember) {
      list.push({
        id: "member",
        header: "Member",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-0">
            <p className="truncate text-slate-900">{row.original.memberName ?? "Removed member"}</p>
            {row.original.memberEmail ? <p className="truncate text-xs text-slate-500">{row.original.memberEmail}</p> : null}
          </div>
        ),
      });
    }
    list.push(
      {
        id: "scopes",
        header: "Scopes",
        enableSorting: false,
        meta: { className: "hidden md:table-cell" },
        cell: ({ row }) => (
          <ul className="flex max-w-72 flex-wrap gap-1" aria-label="Scopes">
            {row.original.scopes.map((scope) => (
              <li key={scope}>
                <Badge tone={scope.endsWith(":read") ? "gray" : "indigo"} className="font-mono">
                  {scope}
                </Badge>
              </li>
            ))}
          </ul>
        ),
      },
      {
        id: "expires",
        header: "Expires",
        enableSorting: false,
        cell: ({ row }) => <When date={row.original.expiresAt} now={now} fallback="Never" />,
      },
      {
        id: "lastUsed",
        header: "Last used",
        enableSorting: false,
        meta: { className: "hidden sm:table-cell" },
        cell: ({ row }) => (
          <div>
            <When date={row.original.lastUsedAt} now={now} fallback="Never used" />
            {row.original.lastUsedIp ? <p className="font-mono text-xs text-slate-500">{row.original.lastUsedIp}</p> : null}
          </div>
        ),
      },
      {
        id: "created",
        header: "Created",
        enableSorting: false,
        meta: { className: "hidden lg:table-cell" },
        cell: ({ row }) => (
          <div>
            <When date={row.original.createdAt} now={now} fallback="" />
            {row.original.createdByName ? <p className="text-xs text-slate-500">by {row.original.createdByName}</p> : null}
          </div>
        ),
      },
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "w-12 text-right", label: "Actions" },
        cell: ({ row }) => (
          <RowMenuButton menu="actions" label={`Actions for key ${row.original.name}`} className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">
            <span aria-hidden="true">•••</span>
          </RowMenuButton>
        ),
      },
    );
    return list;
  }, [now, showMember]);

  return (
    <>
      <DataTable<ApiKeyTableRow>
        label="API keys"
        id={showMember ? "organization-api-keys" : "member-api-keys"}
        columns={columns}
        rows={keys}
        getRowId={(key) => key.id}
        getRowLabel={(key) => key.name}
        controller={wholeList(keys.length)}
        menus={{
          actions: {
            label: (key) => `Actions for key ${key.name}`,
            items: (key, afterClose) => (
              <DropdownMenuItem className="text-red-700" onSelect={() => afterClose(() => setRevoking(key))}>
                Revoke key
              </DropdownMenuItem>
            ),
          },
        }}
        empty={
          <DataTableEmpty icon={<KeyRound className="size-5" aria-hidden="true" />} title="No API keys">
            {emptyText}
          </DataTableEmpty>
        }
      />
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => (open ? undefined : setRevoking(null))}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        description="Scripts using this key are refused from their next request. This can't be undone; create a new key if you need one."
        confirmLabel="Revoke key"
        onConfirm={async () => {
          if (!revoking) return null;
          const result = await revokeApiKeyAction(slug, { keyId: revoking.id });
          if (!result.ok) return result.error;
          toast.success(`Key “${revoking.name}” revoked.`);
          router.refresh();
          return null;
        }}
      />
    </>
  );
}
