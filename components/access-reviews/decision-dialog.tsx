"use client";
// A reviewer's decision about one person: Keep, Change role (to which) or Remove, with a note.
// Options the members page's rules don't allow this reviewer are disabled with the rule's reason;
// the server applies the same rules again and refuses with the reason if anything changed.
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { Role } from "@/db/schema/enums";
import { decideAccessReviewAction } from "@/lib/actions/members/server-actions";
import type { ReviewItemView } from "@/lib/access-reviews/reviews-page-data";
import { ROLE_LABELS } from "@/lib/permissions";

interface Values {
  decision: "keep" | "change_role" | "remove" | "";
  newRole: Role | "";
  note: string;
}

export function DecisionDialog({
  slug,
  reviewId,
  item,
  roles,
  onClose,
}: {
  slug: string;
  reviewId: string;
  item: ReviewItemView;
  /** Roles the reviewer may give. */
  roles: Role[];
  onClose: () => void;
}) {
  const router = useRouter();
  const current = item.currentRole ?? item.roleAtStart;
  const offered = roles.filter((role) => role !== current);
  const { form, onSubmit, formError, pending } = useActionForm<Values, { outcome: string }>({
    defaultValues: { decision: "", newRole: offered[0] ?? "", note: "" },
    action: (values) =>
      decideAccessReviewAction(slug, {
        reviewId,
        itemId: item.id,
        decision: values.decision || undefined,
        newRole: values.decision === "change_role" ? values.newRole || undefined : undefined,
        note: values.note,
      }),
    onSuccess: (data) => {
      toast.success(`${item.memberName}: ${data.outcome}.`);
      onClose();
      router.refresh();
    },
  });
  const { register, formState, control } = form;
  const decision = useWatch({ control, name: "decision" });
  const options = [
    { value: "keep", label: "Keep", hint: `Stays ${ROLE_LABELS[current]}.`, reason: null },
    { value: "change_role", label: "Change role", hint: "Give them another role now.", reason: item.reasons.changeRole },
    { value: "remove", label: "Remove", hint: "They lose access at once; their history stays.", reason: item.reasons.remove },
  ] as const;

  return (
    <Dialog open onOpenChange={(open) => (open || pending ? undefined : onClose())}>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          <DialogHeader>
            <DialogTitle>Review {item.memberName}</DialogTitle>
            <DialogDescription>
              {item.memberEmail} · {ROLE_LABELS[current]}
            </DialogDescription>
          </DialogHeader>
          <DialogBody className="space-y-4">
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-700">Decision</legend>
              {options.map((option) => (
                <label
                  key={option.value}
                  className="flex items-start gap-2.5 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-400 has-[:checked]:bg-indigo-50/50 has-[:disabled]:cursor-not-allowed has-[:disabled]:bg-slate-50"
                >
                  <input type="radio" value={option.value} disabled={Boolean(option.reason)} {...register("decision")} className="mt-0.5 accent-indigo-600" />
                  <span>
                    <span className="block text-sm font-medium text-slate-900">{option.label}</span>
                    <span className="block text-xs text-slate-600">{option.reason ?? option.hint}</span>
                  </span>
                </label>
              ))}
              {formState.errors.decision ? <p role="alert" className="text-xs font-medium text-red-600">{formState.errors.decision.message}</p> : null}
            </fieldset>
            {decision === "change_role" ? (
              <FormField label="New role" error={formState.errors.newRole?.message}>
                <NativeSelect controlSize="md" className="w-full" {...register("newRole")}>
                  {offered.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            ) : null}
            <FormField label="Note" hint="Why — kept with the decision in the report and the activity log." error={formState.errors.note?.message}>
              <Textarea {...register("note")} maxLength={500} rows={3} />
            </FormField>
          </DialogBody>
          <FormDialogFooter submitLabel="Save decision" pendingLabel="Saving…" onCancel={onClose} pending={pending} disabled={!decision} error={formError} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
