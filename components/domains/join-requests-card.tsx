"use client";
// Settings → Domains: requests to join from people on the organization's domains (auto-join off,
// or no seat was free), in the shared data table; Approve (with a role) or Decline each.
import type { DataColumn } from "@/components/data-table/data-column";
import { Inbox } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { SettingsCard } from "@/components/settings/settings-card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { JoinRequestRow } from "@/db/queries/join-requests";
import type { Role } from "@/db/schema/enums";
import { approveJoinRequestAction, declineJoinRequestAction } from "@/lib/actions/domains/server-actions";
import { formatMoment } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/permissions";
import { approveJoinRequestSchema } from "@/lib/validation/domains";

export function JoinRequestsCard({
  slug,
  requests,
  roles,
  seats,
  now,
}: {
  slug: string;
  requests: JoinRequestRow[];
  roles: Role[];
  seats: { used: number; limit: number };
  now: number;
}) {
  const router = useRouter();
  const [approving, setApproving] = useState<JoinRequestRow | null>(null);
  const [declining, setDeclining] = useState<JoinRequestRow | null>(null);
  const columns = useMemo<DataColumn<JoinRequestRow>[]>(
    () => [
      {
        id: "person",
        header: "Person",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-0">
            <p className="font-medium break-all text-slate-900">{row.original.name || row.original.email}</p>
            {row.original.name ? <p className="text-xs break-all text-slate-600">{row.original.email}</p> : null}
          </div>
        ),
      },
      { id: "asked", header: "Asked", enableSorting: false, meta: { className: "whitespace-nowrap" }, cell: ({ row }) => formatMoment(row.original.createdAt, now) },
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "w-12 text-right", label: "Actions" },
        cell: ({ row }) => (
          <RowMenuButton menu="actions" label={`Actions for ${row.original.email}`} className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">
            <span aria-hidden="true">•••</span>
          </RowMenuButton>
        ),
      },
    ],
    [now],
  );
  const full = seats.used >= seats.limit;
  return (
    <SettingsCard
      title="Requests to join"
      headingId="join-requests-heading"
      description={
        full
          ? `All ${seats.limit} seats are in use: free a seat or raise the limit in Seats & Plan before approving.`
          : `People on your domains who asked to join. ${seats.limit - seats.used} of ${seats.limit} seats free.`
      }
    >
      <div className="-mx-5 -my-5 sm:-mx-6">
        <DataTable<JoinRequestRow>
          label="Requests to join"
          id="join-requests"
          columns={columns}
          rows={requests}
          getRowId={(r) => r.id}
          getRowLabel={(r) => r.email}
          controller={{ page: 1, pageCount: 1, pageSize: Math.max(requests.length, 1), total: requests.length, onPage: () => {}, pending: false }}
          onOpenRow={(r) => setApproving(r)}
          menus={{
            actions: {
              label: (r) => `Actions for ${r.email}`,
              items: (r, afterClose) => (
                <>
                  <DropdownMenuItem onSelect={() => afterClose(() => setApproving(r))}>Approve…</DropdownMenuItem>
                  <DropdownMenuItem className="text-red-700" onSelect={() => afterClose(() => setDeclining(r))}>
                    Decline
                  </DropdownMenuItem>
                </>
              ),
            },
          }}
          empty={
            <DataTableEmpty icon={<Inbox className="size-5" aria-hidden="true" />} title="No requests waiting">
              When someone on a verified domain asks to join (or finds no seat free), their request appears here.
            </DataTableEmpty>
          }
        />
      </div>
      <Dialog open={approving !== null} onOpenChange={(open) => (open ? undefined : setApproving(null))}>
        <DialogContent>
          {approving ? (
            <ApproveForm
              key={approving.id}
              slug={slug}
              request={approving}
              roles={roles}
              onClose={() => setApproving(null)}
              onDone={() => {
                setApproving(null);
                router.refresh();
              }}
            />
          ) : null}
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        open={declining !== null}
        onOpenChange={(open) => (open ? undefined : setDeclining(null))}
        title={`Decline ${declining?.email ?? "this request"}?`}
        description="They won't join. Their organization list says the request was declined, and they can ask again after a week."
        confirmLabel="Decline request"
        onConfirm={async () => {
          if (!declining) return null;
          const result = await declineJoinRequestAction(slug, { requestId: declining.id });
          if (!result.ok) return result.error;
          toast.success("Request declined.");
          router.refresh();
          return null;
        }}
      />
    </SettingsCard>
  );
}

function ApproveForm({ slug, request, roles, onClose, onDone }: { slug: string; request: JoinRequestRow; roles: Role[]; onClose: () => void; onDone: () => void }) {
  const { form, onSubmit, formError, pending } = useActionForm<{ requestId: string; role: Role }>({
    schema: approveJoinRequestSchema,
    defaultValues: { requestId: request.id, role: roles.includes("developer") ? "developer" : (roles[roles.length - 1] ?? "viewer") },
    action: (values) => approveJoinRequestAction(slug, values),
    onSuccess: () => {
      toast.success(`${request.email} joined.`);
      onDone();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Approve {request.email}</DialogTitle>
        <DialogDescription>They join at once with this role and their domain&apos;s auto-join teams, and take a seat.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Role" required error={form.formState.errors.role?.message}>
          <NativeSelect controlSize="md" className="w-full sm:w-64" {...form.register("role")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </DialogBody>
      <FormDialogFooter submitLabel="Approve" pendingLabel="Approving…" onCancel={onClose} pending={pending} error={formError} />
    </form>
  );
}
