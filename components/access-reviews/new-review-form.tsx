"use client";
// Start an access review: a name, whom it covers (everyone, a team, a role, or members inactive for
// 30+ days), the reviewers (active Managers and above) and the due date. Built on the form kit:
// the server's field errors appear under their fields.
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { MemberWithRole } from "@/db/queries/members";
import type { TeamOption } from "@/db/queries/teams";
import type { Role } from "@/db/schema/enums";
import { startAccessReviewAction } from "@/lib/actions/access-reviews/server-actions";
import { ROLES, ROLE_LABELS } from "@/lib/permissions";

type ScopeKind = "everyone" | "team" | "role" | "inactive";

interface Values {
  name: string;
  scope: { kind: ScopeKind; teamId: string; role: Role };
  reviewerIds: string[];
  dueOn: string;
}

const SCOPES: { kind: ScopeKind; label: string; hint: string }[] = [
  { kind: "everyone", label: "Everyone", hint: "Every active member" },
  { kind: "team", label: "A team", hint: "The active members of one team" },
  { kind: "role", label: "A role", hint: "Everyone who holds one role" },
  { kind: "inactive", label: "Inactive members", hint: "No activity for 30 days or more" },
];

function inTwoWeeks(): string {
  return new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function NewReviewForm({
  slug,
  teams,
  reviewers,
  initialScope,
  viewerId,
}: {
  slug: string;
  teams: TeamOption[];
  reviewers: MemberWithRole[];
  initialScope: ScopeKind;
  viewerId: string;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values, { id: string; people: number }>({
    defaultValues: {
      name: initialScope === "inactive" ? "Inactive members review" : "Access review",
      scope: { kind: initialScope, teamId: teams[0]?.id ?? "", role: "developer" },
      reviewerIds: reviewers.some((r) => r.id === viewerId) ? [viewerId] : [],
      dueOn: inTwoWeeks(),
    },
    action: (values) => {
      const { kind, teamId, role } = values.scope;
      const scope = kind === "team" ? { kind, teamId } : kind === "role" ? { kind, role } : { kind };
      return startAccessReviewAction(slug, { name: values.name, scope, reviewerIds: values.reviewerIds, dueOn: values.dueOn });
    },
    onSuccess: (data) => {
      toast.success(`Review started: ${data.people.toLocaleString("en-US")} ${data.people === 1 ? "person" : "people"} to review. Reviewers have been emailed.`);
      router.push(`/orgs/${slug}/activity/reviews/${data.id}`);
    },
  });
  const { register, formState, control } = form;
  const kind = useWatch({ control, name: "scope.kind" });
  const errors = formState.errors;
  const scopeError = errors.scope?.message ?? errors.scope?.teamId?.message ?? errors.scope?.role?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="space-y-6 p-5 sm:p-6">
        <FormField label="Name" required error={errors.name?.message}>
          <Input {...register("name")} maxLength={100} />
        </FormField>

        <fieldset className="space-y-2" aria-describedby={scopeError ? "scope-error" : undefined}>
          <legend className="text-sm font-medium text-slate-700">Who to review</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {SCOPES.map((scope) => (
              <label key={scope.kind} className="flex cursor-pointer items-start gap-2.5 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-400 has-[:checked]:bg-indigo-50/50">
                <input type="radio" value={scope.kind} {...register("scope.kind")} className="mt-0.5 accent-indigo-600" />
                <span>
                  <span className="block text-sm font-medium text-slate-900">{scope.label}</span>
                  <span className="block text-xs text-slate-600">{scope.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {kind === "team" ? (
            <FormField label="Team" className="max-w-xs">
              <NativeSelect controlSize="md" className="w-full" {...register("scope.teamId")}>
                {teams.length === 0 ? <option value="">No teams yet</option> : null}
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          ) : null}
          {kind === "role" ? (
            <FormField label="Role" className="max-w-xs">
              <NativeSelect controlSize="md" className="w-full" {...register("scope.role")}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          ) : null}
          {scopeError ? (
            <p id="scope-error" role="alert" className="text-xs font-medium text-red-600">
              {scopeError}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="space-y-2" aria-describedby={errors.reviewerIds ? "reviewers-error" : "reviewers-hint"}>
          <legend className="text-sm font-medium text-slate-700">Reviewers</legend>
          <p id="reviewers-hint" className="text-xs text-slate-500">
            Managers, Admins and Owners. Each gets an email and a list of people to decide on; a reminder follows if the review is overdue.
          </p>
          <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200">
            {reviewers.map((reviewer) => (
              <li key={reviewer.id}>
                <label className="flex cursor-pointer items-center gap-2.5 px-3 py-2 text-sm hover:bg-slate-50">
                  <input type="checkbox" value={reviewer.id} {...register("reviewerIds")} className="size-4 accent-indigo-600" />
                  <span className="min-w-0 flex-1 truncate">
                    <span className="font-medium text-slate-900">{reviewer.name}</span> <span className="text-slate-600">{reviewer.email}</span>
                  </span>
                  <span className="text-xs text-slate-600">{ROLE_LABELS[reviewer.role]}</span>
                </label>
              </li>
            ))}
          </ul>
          {errors.reviewerIds ? (
            <p id="reviewers-error" role="alert" className="text-xs font-medium text-red-600">
              {errors.reviewerIds.message ?? errors.reviewerIds.root?.message}
            </p>
          ) : null}
        </fieldset>

        <FormField label="Due by" required hint="End of the day, UTC." error={errors.dueOn?.message} className="max-w-xs">
          <Input type="date" {...register("dueOn")} />
        </FormField>
      </div>
      <FormDialogFooter submitLabel="Start review" pendingLabel="Starting…" onCancel={() => router.push(`/orgs/${slug}/activity/reviews`)} pending={pending} error={formError} />
    </form>
  );
}
