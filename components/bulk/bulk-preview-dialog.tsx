"use client";
// The preview dialog of a bulk action, on the form kit: its few fields, then — from the server,
// with the same rules Apply uses — how many members will change and how many will be skipped,
// grouped by reason. Apply submits the form (the selection is resolved again at that moment) and
// shows the result toast. Apply waits for the preview of the fields as they are now, so what it
// does is what the dialog last said.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Controller, useWatch, type Path } from "react-hook-form";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { TeamCheckboxes } from "@/components/teams/team-checkboxes";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { applyBulkActionAction, previewBulkActionAction } from "@/lib/actions/bulk/server-actions";
import type { BulkResult } from "@/lib/actions/bulk/apply-bulk-action";
import type { BulkPreview } from "@/lib/actions/bulk/preview-bulk-action";
import type { ActionResult, FieldErrors } from "@/lib/errors";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/permissions";
import { BULK_MESSAGE_MAX, BULK_SUBJECT_MAX, type BulkOperationType, type BulkSelection } from "@/lib/validation/bulk";
import { showBulkResult } from "./bulk-result-toast";

export const OPERATION_LABELS: Record<BulkOperationType, string> = {
  change_role: "Change role",
  add_to_teams: "Add to teams",
  remove_from_team: "Remove from team",
  disable: "Disable",
  enable: "Re-enable",
  remove: "Remove selected",
  send_message: "Send message",
};

const DONE: Record<BulkOperationType, string> = {
  change_role: "Role changed",
  add_to_teams: "Added to teams",
  remove_from_team: "Removed from the team",
  disable: "Disabled",
  enable: "Re-enabled",
  remove: "Removed",
  send_message: "Message sent",
};

/** Every action's fields in one form; each action reads its own. */
interface Values {
  role: Role;
  teamIds: string[];
  teamRole: "member" | "maintainer";
  teamId: string;
  subject: string;
  message: string;
  email: boolean;
  inApp: boolean;
}

const FIELDS = ["role", "teamIds", "teamRole", "teamId", "subject", "message", "email", "inApp"] as const;

/** The operation as the bulk actions take it (the server validates it: bulkOperationSchema). */
function operationOf(type: BulkOperationType, v: Partial<Values>): Record<string, unknown> {
  switch (type) {
    case "change_role":
      return { type, role: v.role };
    case "add_to_teams":
      return { type, teamIds: v.teamIds, teamRole: v.teamRole };
    case "remove_from_team":
      return { type, teamId: v.teamId };
    case "send_message":
      return { type, subject: v.subject, message: v.message, email: v.email, inApp: v.inApp };
    default:
      return { type };
  }
}

/** The server names fields inside the request ("operation.role"); the form names them "role". */
function fieldErrorsOfForm(errors: FieldErrors | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors ?? {})) out[path.replace(/^operation\./, "")] = messages;
  return out;
}

function withFormFieldNames<T>(result: ActionResult<T>): ActionResult<T> {
  return result.ok || !result.fieldErrors ? result : { ...result, fieldErrors: fieldErrorsOfForm(result.fieldErrors) };
}

export function BulkPreviewDialog({
  slug,
  type,
  teams,
  selection,
  count,
  onClose,
  onDone,
  onCloseAutoFocus,
}: {
  slug: string;
  type: BulkOperationType;
  teams: { id: string; name: string }[];
  selection: BulkSelection;
  count: number;
  onClose: () => void;
  onDone: () => void;
  /** Where focus goes on closing, when not back to what opened the dialog (prevent the event to take it). */
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values, BulkResult>({
    defaultValues: { role: "viewer", teamIds: [], teamRole: "member", teamId: teams[0]?.id ?? "", subject: "", message: "", email: true, inApp: true },
    action: async (values) => withFormFieldNames(await applyBulkActionAction(slug, { selection, operation: operationOf(type, values) })),
    onSuccess: (result) => {
      onClose();
      showBulkResult(slug, DONE[type], result, () => {
        onDone();
        router.refresh();
      });
    },
  });
  const { register, control, formState, setError, clearErrors } = form;
  const values = useWatch({ control });
  const key = JSON.stringify(operationOf(type, values));
  // The preview and the operation it was made for: one for other fields is not shown or applied.
  const [previewed, setPreviewed] = useState<{ key: string; preview: BulkPreview | null; error: string | null } | null>(null);
  // The selection's content, not its identity: the table re-renders with a new but equal object.
  const selectionKey = JSON.stringify(selection);

  useEffect(() => {
    let live = true;
    const run = async () => {
      const result = await previewBulkActionAction(slug, { selection: JSON.parse(selectionKey) as unknown, operation: JSON.parse(key) as unknown });
      if (!live) return;
      if (result.ok) {
        clearErrors();
        setPreviewed({ key, preview: result.data, error: null });
        return;
      }
      const fieldErrors = fieldErrorsOfForm(result.fieldErrors);
      for (const [name, messages] of Object.entries(fieldErrors)) {
        if ((FIELDS as readonly string[]).includes(name) && messages?.[0]) setError(name as Path<Values>, { message: messages[0] });
      }
      setPreviewed({ key, preview: null, error: result.fieldErrors ? null : result.error });
    };
    const timer = setTimeout(() => void run().catch(() => live && setPreviewed({ key, preview: null, error: "The preview did not load. Check your connection." })), 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [slug, selectionKey, key, clearErrors, setError]);

  const current = previewed?.key === key ? previewed : null;
  const preview = current?.preview ?? null;
  const changing = preview?.willChange ?? 0;
  const fieldError = (name: keyof Values) => formState.errors[name]?.message;
  const hasFieldErrors = Object.keys(formState.errors).length > 0;

  return (
    <Dialog open onOpenChange={(open) => (open || pending ? undefined : onClose())}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          <DialogHeader>
            <DialogTitle>{OPERATION_LABELS[type]}</DialogTitle>
            <DialogDescription>
              {selection.kind === "filter" ? `All ${count.toLocaleString("en-US")} members matching the filter (counted again when you apply).` : `${count.toLocaleString("en-US")} selected members.`}
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-4 text-sm">
            {type === "change_role" ? (
              <FormField label="New role" error={fieldError("role")}>
                <NativeSelect controlSize="md" {...register("role")}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            ) : null}
            {type === "add_to_teams" ? (
              <>
                <Controller
                  control={control}
                  name="teamIds"
                  render={({ field }) => <TeamCheckboxes teams={teams} value={field.value} onChange={field.onChange} error={fieldError("teamIds")} />}
                />
                <FormField label="Team role" error={fieldError("teamRole")}>
                  <NativeSelect controlSize="md" {...register("teamRole")}>
                    <option value="member">Member</option>
                    <option value="maintainer">Maintainer</option>
                  </NativeSelect>
                </FormField>
              </>
            ) : null}
            {type === "remove_from_team" ? (
              <FormField label="Team" error={fieldError("teamId")}>
                <NativeSelect controlSize="md" {...register("teamId")}>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            ) : null}
            {type === "send_message" ? (
              <>
                <FormField label="Subject" required error={fieldError("subject")}>
                  <Input maxLength={BULK_SUBJECT_MAX} {...register("subject")} />
                </FormField>
                <FormField label="Message" required hint="Plain text; links and addresses are not allowed." error={fieldError("message")}>
                  <Textarea rows={4} maxLength={BULK_MESSAGE_MAX} {...register("message")} />
                </FormField>
                <fieldset className="flex flex-wrap gap-4">
                  <legend className="sr-only">Send it</legend>
                  <Controller
                    control={control}
                    name="inApp"
                    render={({ field }) => (
                      <label className="flex items-center gap-2">
                        <Checkbox checked={field.value} onCheckedChange={field.onChange} /> In the app (email as each member chose)
                      </label>
                    )}
                  />
                  <Controller
                    control={control}
                    name="email"
                    render={({ field }) => (
                      <label className="flex items-center gap-2">
                        <Checkbox checked={field.value} onCheckedChange={field.onChange} /> By email
                      </label>
                    )}
                  />
                </fieldset>
                {fieldError("email") ? <p role="alert" className="text-xs font-medium text-red-600">{fieldError("email")}</p> : null}
              </>
            ) : null}
            <section aria-label="Preview" aria-live="polite" className="rounded-lg border border-slate-200 bg-slate-50 p-3">
              {preview ? (
                <>
                  <p className="font-medium text-slate-900" data-testid="bulk-preview-change">
                    {changing.toLocaleString("en-US")} {changing === 1 ? "member" : "members"} will {type === "send_message" ? "get the message" : "change"}
                  </p>
                  {preview.skipped.length ? (
                    <ul className="mt-2 space-y-1 text-slate-700" data-testid="bulk-preview-skipped">
                      {preview.skipped.map((group) => (
                        <li key={group.reason}>
                          <span className="font-medium">{group.count.toLocaleString("en-US")} skipped:</span> {group.reason}
                          {group.examples.length ? <span className="block text-xs text-slate-600">{group.examples.join(", ")}{group.count > group.examples.length ? ", …" : ""}</span> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="mt-2 text-xs text-slate-600">{preview.undoable ? "You can undo this for 10 minutes." : "A message can't be unsent."}</p>
                </>
              ) : current?.error ? (
                <p className="text-red-700">{current.error}</p>
              ) : (
                <p className="text-slate-600">{current && hasFieldErrors ? "Fix the fields above to see what will happen." : "Checking who this applies to…"}</p>
              )}
            </section>
          </DialogBody>
          <FormDialogFooter
            submitLabel={`${OPERATION_LABELS[type]}${preview ? ` (${changing.toLocaleString("en-US")})` : ""}`}
            pendingLabel="Applying…"
            onCancel={onClose}
            pending={pending}
            disabled={!preview || changing === 0}
            error={formError}
            variant={type === "remove" || type === "disable" ? "danger" : "primary"}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
