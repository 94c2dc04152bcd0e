"use client";
// The Owner's seat limit form. Whether a limit is below the seats in use is decided by the server,
// under the organization lock (a count in the browser could be stale); its answer shows on the field.
// The operator's maximum comes from the page and is checked here and again by the action.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateSeatLimitAction } from "@/lib/actions/organizations/server-actions";
import { seatLimitSchemaFor } from "@/lib/validation/organizations";
import { applyFieldErrors } from "./apply-field-errors";
import { SettingsCard } from "./settings-card";

type Values = { seatLimit: number };

export function SeatLimitForm({ slug, seatLimit, used, maxSeatLimit }: { slug: string; seatLimit: number; used: number; maxSeatLimit: number }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => seatLimitSchemaFor(maxSeatLimit), [maxSeatLimit]);
  const form = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { seatLimit },
  });
  const { register, handleSubmit, formState, reset } = form;

  async function submit(values: Values) {
    setFormError(null);
    const result = await updateSeatLimitAction(slug, values);
    if (!result.ok) {
      setFormError(applyFieldErrors(form, result));
      return;
    }
    toast.success(`Seat limit set to ${result.data.seatLimit.toLocaleString("en-US")}.`);
    reset({ seatLimit: result.data.seatLimit });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <SettingsCard
        title="Seat limit"
        headingId="seat-limit-heading"
        description="How many people can hold a seat. Inviting, re-enabling and auto-join stop at this limit."
        footer={
          <Button type="submit" disabled={formState.isSubmitting || !formState.isDirty}>
            {formState.isSubmitting ? "Saving…" : "Update seat limit"}
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
