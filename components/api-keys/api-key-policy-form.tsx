"use client";
// Settings → API keys: how long a new key may live at most, and whether keys that never expire are
// allowed. Existing keys keep their expiry. Validated with the action's own schema.
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { SettingsCard } from "@/components/settings/settings-card";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormError, FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { updateApiKeyPolicyAction } from "@/lib/actions/api-keys/server-actions";
import { MAX_EXPIRY_DAY_CHOICES } from "@/lib/api-keys/expiry";
import { apiKeyPolicySchema } from "@/lib/validation/api-keys";

type Values = { maxExpiryDays: number; mayNotExpire: boolean };

export function ApiKeyPolicyForm({ slug, initial, canManage }: { slug: string; initial: Values; canManage: boolean }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values>({
    schema: apiKeyPolicySchema,
    defaultValues: initial,
    action: (values) => updateApiKeyPolicyAction(slug, { ...values, maxExpiryDays: Number(values.maxExpiryDays) }),
    onSuccess: (_data, values) => {
      toast.success("API key policy saved.");
      form.reset(values);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <SettingsCard
        title="Key policy"
        headingId="key-policy-heading"
        description="Applies to keys created from now on; existing keys keep the expiry they were given."
        footer={
          canManage ? (
            <Button type="submit" disabled={pending || !form.formState.isDirty}>
              {pending ? "Saving…" : "Save policy"}
            </Button>
          ) : undefined
        }
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label="Longest expiry" hint="Members choose 30, 90 or 365 days up to this." error={form.formState.errors.maxExpiryDays?.message}>
            <NativeSelect controlSize="md" className="w-full" disabled={!canManage} {...form.register("maxExpiryDays", { valueAsNumber: true })}>
              {MAX_EXPIRY_DAY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {days} days
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <Controller
            control={form.control}
            name="mayNotExpire"
            render={({ field }) => (
              <label className="flex items-start gap-3 self-end rounded-md border border-slate-200 px-3 py-2.5 text-sm">
                <Checkbox className="mt-0.5" checked={field.value} disabled={!canManage} onCheckedChange={field.onChange} />
                <span>
                  <span className="block font-medium text-slate-900">Allow keys that never expire</span>
                  <span className="block text-xs text-slate-600">Convenient for long-lived integrations; a leaked key then works until revoked.</span>
                </span>
              </label>
            )}
          />
        </div>
        <div className="mt-4">
          <FormError message={formError} />
        </div>
      </SettingsCard>
    </form>
  );
}
