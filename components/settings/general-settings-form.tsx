"use client";
// General settings: name, URL slug, default role for new members and invitation expiry. Validated
// with the action's own schema; after a slug change the page moves to the new URL.
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { updateOrganizationAction } from "@/lib/actions/organizations/server-actions";
import { ROLE_LABELS } from "@/lib/permissions";
import { DEFAULT_ROLE_CHOICES, INVITATION_EXPIRY_DAYS, updateOrganizationSchema, type UpdateOrganizationInput } from "@/lib/validation/organizations";
import { SettingsCard } from "./settings-card";

type Values = { name: string; slug: string; defaultRole: UpdateOrganizationInput["defaultRole"]; invitationExpiryDays: number };

export function GeneralSettingsForm({ slug, initial }: { slug: string; initial: Values }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values, { slug: string; changed: string[] }>({
    schema: updateOrganizationSchema,
    defaultValues: initial,
    action: (values) => updateOrganizationAction(slug, values),
    onSuccess: (data, values) => {
      toast.success(data.changed.length ? "Organization settings saved." : "Nothing to change.");
      form.reset({ ...values, slug: data.slug, name: values.name.trim() });
      if (data.slug !== slug) router.replace(`/orgs/${data.slug}/settings/general`);
      else router.refresh();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate>
      <SettingsCard
        title="Organization"
        headingId="general-heading"
        description="How the organization is named and found, and what new invitations start with."
        footer={
          <Button type="submit" disabled={pending || !formState.isDirty}>
            {pending ? "Saving…" : "Save changes"}
          </Button>
        }
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label="Organization name" required error={errors.name?.message} className="sm:col-span-2">
            <Input autoComplete="organization" maxLength={80} defaultValue={initial.name} {...register("name")} />
          </FormField>
          <FormField
            label="URL"
            required
            error={errors.slug?.message}
            hint="Lowercase letters, numbers and hyphens. Changing it changes every link to this organization."
            className="sm:col-span-2"
          >
            <SlugInput defaultValue={initial.slug} {...register("slug")} />
          </FormField>
          <FormField label="Default role" hint="Pre-selected when someone is invited." error={errors.defaultRole?.message}>
            <NativeSelect controlSize="md" className="w-full" defaultValue={initial.defaultRole} {...register("defaultRole")}>
              {DEFAULT_ROLE_CHOICES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField
            label="Invitation expiry (days)"
            hint={`Between ${INVITATION_EXPIRY_DAYS.min} and ${INVITATION_EXPIRY_DAYS.max} days. Applies to new invitations.`}
            error={errors.invitationExpiryDays?.message}
          >
            <Input type="number" inputMode="numeric" min={INVITATION_EXPIRY_DAYS.min} max={INVITATION_EXPIRY_DAYS.max} defaultValue={initial.invitationExpiryDays} {...register("invitationExpiryDays")} />
          </FormField>
        </div>
        <div className="mt-5">
          <FormError message={formError} />
        </div>
      </SettingsCard>
    </form>
  );
}

/** The slug with its "/orgs/" prefix shown in front; receives FormField's id and aria props. */
function SlugInput(props: ComponentProps<"input">) {
  return (
    <div className="flex rounded-md shadow-sm">
      <span className="inline-flex items-center rounded-l-md border border-r-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-500" aria-hidden="true">
        /orgs/
      </span>
      <Input spellCheck={false} autoCapitalize="none" maxLength={48} className="rounded-l-none shadow-none" {...props} />
    </div>
  );
}
