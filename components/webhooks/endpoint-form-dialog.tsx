"use client";
// Add or edit a webhook endpoint: its HTTPS URL (checked on the server: public addresses only), a
// description, and which events it receives — all of them (including types added later) or a
// chosen few. A new endpoint's signing secret is shown once when it is created.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { ApiKeyReveal } from "@/components/api-keys/api-key-reveal";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/lib/actions/webhooks/server-actions";
import { WEBHOOK_EVENT_GROUPS, type WebhookEventType } from "@/lib/event-webhooks/event-types";
import { fail } from "@/lib/errors";
import { WEBHOOK_URL_MAX } from "@/lib/validation/webhooks";

export interface EndpointDraft {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
}

interface Values {
  url: string;
  description: string;
  allEvents: boolean;
  eventTypes: WebhookEventType[];
}

export type EndpointFormState = { mode: "closed" } | { mode: "create" } | { mode: "edit"; endpoint: EndpointDraft };

export function EndpointFormDialog({ slug, state, onClose }: { slug: string; state: EndpointFormState; onClose: () => void }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    setSecret(null);
    onClose();
    router.refresh();
  };
  return (
    <Dialog open={state.mode !== "closed"} onOpenChange={(next) => (next ? undefined : close())}>
      <DialogContent>
        {secret ? (
          <SecretShownOnce secret={secret} onDone={close} />
        ) : state.mode === "closed" ? null : (
          <EndpointForm slug={slug} state={state} onCancel={close} onCreated={setSecret} onSaved={close} />
        )}
      </DialogContent>
    </Dialog>
  );
}

export function SecretShownOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Signing secret</DialogTitle>
        <DialogDescription>Verify every delivery&apos;s webhook-signature header with this secret (any Standard Webhooks library does it).</DialogDescription>
      </DialogHeader>
      <DialogBody>
        <ApiKeyReveal value={secret} label="Signing secret" />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </>
  );
}

function EndpointForm({
  slug,
  state,
  onCancel,
  onCreated,
  onSaved,
}: {
  slug: string;
  state: Exclude<EndpointFormState, { mode: "closed" }>;
  onCancel: () => void;
  onCreated: (secret: string) => void;
  onSaved: () => void;
}) {
  const editing = state.mode === "edit" ? state.endpoint : null;
  const { form, onSubmit, formError, pending } = useActionForm<Values, { id: string; secret?: string }>({
    defaultValues: {
      url: editing?.url ?? "https://",
      description: editing?.description ?? "",
      allEvents: !editing || editing.eventTypes.length === 0,
      eventTypes: (editing?.eventTypes ?? []) as WebhookEventType[],
    },
    action: async (values) => {
      // An empty list means "every event", so "some events" with none ticked must not be sent as that.
      if (!values.allEvents && values.eventTypes.length === 0) {
        return fail("invalid_input", "Choose at least one event, or All events.", { eventTypes: ["Choose at least one event, or All events."] });
      }
      const input = { url: values.url, description: values.description, eventTypes: values.allEvents ? [] : values.eventTypes };
      return editing ? updateWebhookEndpointAction(slug, { ...input, endpointId: editing.id, enabled: editing.enabled }) : createWebhookEndpointAction(slug, input);
    },
    onSuccess: (data) => {
      if (data.secret) return onCreated(data.secret);
      toast.success("Endpoint saved.");
      onSaved();
    },
  });
  const errors = form.formState.errors;
  const allEvents = form.watch("allEvents");

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>{editing ? "Edit endpoint" : "Add endpoint"}</DialogTitle>
        <DialogDescription>Roster POSTs signed JSON here when members, invitations or teams change.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Endpoint URL" required hint="HTTPS, on a public address." error={errors.url?.message}>
          <Input type="url" inputMode="url" spellCheck={false} autoComplete="off" maxLength={WEBHOOK_URL_MAX} {...form.register("url")} />
        </FormField>
        <FormField label="Description" hint="Optional: what receives it." error={errors.description?.message}>
          <Input autoComplete="off" maxLength={200} {...form.register("description")} />
        </FormField>
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-900">Events</legend>
          <Controller
            control={form.control}
            name="allEvents"
            render={({ field }) => (
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <Checkbox checked={field.value} onCheckedChange={field.onChange} />
                All events, including ones added later
              </label>
            )}
          />
          {allEvents ? null : (
            <Controller
              control={form.control}
              name="eventTypes"
              render={({ field }) => (
                <div className="grid gap-4 sm:grid-cols-3">
                  {WEBHOOK_EVENT_GROUPS.map((group) => (
                    <fieldset key={group.label}>
                      <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{group.label}</legend>
                      <ul className="mt-1 space-y-1">
                        {group.types.map((type) => (
                          <li key={type}>
                            <label className="flex items-center gap-2 font-mono text-xs text-slate-800">
                              <Checkbox
                                checked={field.value.includes(type)}
                                onCheckedChange={(checked) => field.onChange(checked ? [...field.value, type] : field.value.filter((t) => t !== type))}
                              />
                              {type}
                            </label>
                          </li>
                        ))}
                      </ul>
                    </fieldset>
                  ))}
                </div>
              )}
            />
          )}
          {errors.eventTypes ? (
            <p role="alert" className="text-xs font-medium text-red-600">
              {errors.eventTypes.message}
            </p>
          ) : null}
        </fieldset>
      </DialogBody>
      <FormDialogFooter submitLabel={editing ? "Save endpoint" : "Add endpoint"} pendingLabel="Checking…" onCancel={onCancel} pending={pending} error={formError} />
    </form>
  );
}
