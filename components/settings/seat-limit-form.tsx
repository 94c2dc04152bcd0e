"use client";
// The Owner's seat limit form. Whether a limit is below the seats in use is decided by the server,
// under the organization lock (a count in the browser could be stale); its answer shows on the field.
// The operator's maximum comes from the page and is checked here and again by the action.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateSeatLimitAction } from "@/lib/actions/organizations/server-actions";
import { seatLimitSchemaFor } from "@/lib/validation/organizations";
import { SettingsCard } from "./settings-card";

type Values = { seatLimit: number };

export function SeatLimitForm({ slug, seatLimit, used, maxSeatLimit }: { slug: string; seatLimit: number; used: number; maxSeatLimit: number }) {
  const router = useRouter();
  const schema = useMemo(() => seatLimitSchemaFor(maxSeatLimit), [maxSeatLimit]);
  const { form, onSubmit, formError, pending } = useActionForm<Values, { seatLimit: number }>({
    schema,
    defaultValues: { seatLimit },
    action: (values) => updateSeatLimitAction(slug, values),
    onSuccess: (data) => {
      toast.success(`Seat limit set to ${data.seatLimit.toLocaleString("en-US")}.`);
      form.reset({ seatLimit: data.seatLimit });
      router.refresh();
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate>
      <SettingsCard
        title="Seat limit"
        headingId="seat-limit-heading"
        description="How many people can hold a seat. Inviting, re-enabling and auto-join stop at this limit."
        footer={
          <Button type="submit" disabled={pending || !formState.isDirty}>
            {pending ? "Saving…" : "Update seat limit"}
          </Button>
        }
      >
        <FormField
          label="Seat limit"
          required
          error={formState.errors.seatLimit?.message}
          hint={`At least ${used.toLocaleString("en-US")} (the seats in use), at most ${maxSeatLimit.toLocaleString("en-US")} (this server's maximum).`}
          className="max-w-xs"
        >
          <Input type="number" inputMode="numeric" min={1} max={maxSeatLimit} {...register("seatLimit")} />
        </FormField>
        <div className="mt-4">
          <FormError message={formError} />
        </div>
      </SettingsCard>
    </form>
  );
}
