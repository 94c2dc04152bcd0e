"use client";
// Account → Profile: the person's name, phone and job title, as every organization they belong to
// shows them. Validated with the action's own schema (form kit).
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateProfileAction } from "@/lib/actions/account/server-actions";
import { updateProfileSchema, type UpdateProfileInput } from "@/lib/validation/account";

interface ProfileValues {
  name: string;
  phone: string;
  jobTitle: string;
}

export function ProfileForm({ profile }: { profile: { name: string; email: string; phone: string | null; jobTitle: string | null } }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<ProfileValues, { organizations: number }>({
    schema: updateProfileSchema,
    defaultValues: { name: profile.name, phone: profile.phone ?? "", jobTitle: profile.jobTitle ?? "" },
    action: (values) => updateProfileAction(values satisfies UpdateProfileInput),
    onSuccess: (_data, values) => {
      toast.success("Profile saved.");
      form.reset(values);
      router.refresh();
    },
  });
  const errors = form.formState.errors;

  return (
    <Card>
      <section aria-labelledby="profile-heading">
        <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
          <h2 id="profile-heading" className="text-base font-semibold text-slate-900">
            Profile
          </h2>
          <p className="mt-1 text-sm text-slate-600">How you appear to the members of every organization you belong to.</p>
        </div>
        <form onSubmit={onSubmit} noValidate className="space-y-4 px-5 py-5 sm:px-6">
          <FormField label="Full name" required error={errors.name?.message}>
            <Input autoComplete="name" {...form.register("name")} />
          </FormField>
          <FormField label="Email address" hint="You sign in with this address; it can't be changed here.">
            <Input value={profile.email} readOnly disabled />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Phone number" error={errors.phone?.message}>
              <Input type="tel" autoComplete="tel" {...form.register("phone")} />
            </FormField>
            <FormField label="Job title" error={errors.jobTitle?.message}>
              <Input autoComplete="organization-title" {...form.register("jobTitle")} />
            </FormField>
          </div>
          <FormError message={formError} />
          <div className="flex justify-end">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save profile"}
            </Button>
          </div>
        </form>
      </section>
    </Card>
  );
}
