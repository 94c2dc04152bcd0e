"use client";
// The Create Member and Edit Member modals: one form on the form kit (use-action-form), validated
// in the browser with the same zod schema the server action parses, the server's field errors
// inline and the kit's dialog footer.
import { toast } from "sonner";
import { DomainSeatHint } from "@/components/domains/domain-seat-hint";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import type { MemberDetail } from "@/db/queries/members";
import { createMemberAction, updateMemberAction } from "@/lib/actions/members/server-actions";
import { whyCannotEdit } from "@/lib/members/rules";
import { assignableRoles } from "@/lib/permissions";
import { createMemberSchema, updateMemberSchema, type UpdateMemberInput } from "@/lib/validation/members";
import { MemberFormFields, type MemberFormValues } from "./member-form-fields";
import { useMemberActions } from "./member-actions-provider";

export type MemberFormState =
  | { mode: "closed" }
  | { mode: "create" }
  /** `member` is null while loading or when the id is unknown (`missing`). */
  | { mode: "edit"; memberId: string; member: MemberDetail | null; missing: boolean };

function defaultsFor(state: MemberFormState, fallbackRole: MemberFormValues["role"]): MemberFormValues {
  if (state.mode === "edit" && state.member) {
    const m = state.member;
    return {
      memberId: m.id,
      name: m.name,
      email: m.email,
      phone: m.phone ?? "",
      department: m.department ?? "",
      jobTitle: m.jobTitle ?? "",
      role: m.role,
      status: m.status,
      permissions: m.permissions as UpdateMemberInput["permissions"],
      teamIds: m.teams.map((t) => t.id),
    };
  }
  return { name: "", email: "", phone: "", department: "", jobTitle: "", role: fallbackRole, status: "active", permissions: [], teamIds: [] };
}

export function MemberFormDialog({ state, defaultRole, onClose }: { state: MemberFormState; defaultRole: MemberFormValues["role"]; onClose: () => void }) {
  // A new form (fresh defaults, no stale errors) whenever the dialog shows something else.
  const formKey = state.mode === "edit" ? `edit:${state.memberId}:${state.member ? "loaded" : "loading"}` : state.mode;
  return (
    <Dialog open={state.mode !== "closed"} onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent className="max-w-2xl">
        {state.mode === "closed" ? null : <MemberForm key={formKey} state={state} defaultRole={defaultRole} onClose={onClose} />}
      </DialogContent>
    </Dialog>
  );
}

function MemberForm({ state, defaultRole, onClose }: { state: Exclude<MemberFormState, { mode: "closed" }>; defaultRole: MemberFormValues["role"]; onClose: () => void }) {
  const { slug, viewer } = useMemberActions();
  const editing = state.mode === "edit";
  const roles = assignableRoles(viewer);
  const fallbackRole = roles.includes(defaultRole) ? defaultRole : (roles[roles.length - 1] ?? "viewer");
  const { form, onSubmit, formError, pending } = useActionForm<MemberFormValues, unknown>({
    schema: editing ? updateMemberSchema : createMemberSchema,
    defaultValues: defaultsFor(state, fallbackRole),
    action: (values) => (editing ? updateMemberAction(slug, values) : createMemberAction(slug, values)),
    onSuccess: (data, values) => {
      const status = (data as { status?: string } | null)?.status;
      toast.success(
        editing ? `${values.name} has been updated.` : status === "pending" ? `Invitation sent to ${values.email.trim()}.` : `${values.name} has been added as Inactive.`,
      );
      onClose();
    },
  });

  const missing = state.mode === "edit" && state.missing;
  // Reached through a URL for someone out of reach: say so instead of offering a form that fails.
  const blocked = state.mode === "edit" && state.member ? whyCannotEdit(viewer, state.member) : null;
  const loading = state.mode === "edit" && !state.member && !state.missing;

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>{editing ? "Edit Member" : "Create Member"}</DialogTitle>
        <DialogDescription>
          {editing
            ? "Update this member's details, role, permissions and groups."
            : "Add a new member to your organization. An Active member is sent an invitation and shows as Pending until they accept."}
        </DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        {missing ? (
          <p className="text-sm text-slate-600">This member doesn’t exist in this organization (they may have been removed).</p>
        ) : blocked ? (
          <p className="text-sm text-slate-600">{blocked}</p>
        ) : loading ? (
          <div className="space-y-4" aria-busy="true">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-10 w-full" />
            ))}
          </div>
        ) : (
          <MemberFormFields form={form} target={state.mode === "edit" ? state.member : null} />
        )}
        {editing ? null : <DomainSeatHint slug={slug} />}
      </DialogBody>
      <FormDialogFooter
        submitLabel={editing ? "Update Member" : "Create Member"}
        onCancel={onClose}
        pending={pending}
        disabled={loading || missing || Boolean(blocked)}
        error={formError}
      />
    </form>
  );
}
