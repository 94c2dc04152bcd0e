"use client";
// Create API key: a name, scopes and an expiry within the organization's policy, confirmed by a
// recent sign-in or the emailed code; on success the dialog shows the key once and nothing else.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { ReauthCodeField, useRecentSignIn } from "@/components/settings/reauth-code-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { createApiKeyAction } from "@/lib/actions/api-keys/server-actions";
import { EXPIRY_LABELS, type ExpiryChoice } from "@/lib/api-keys/expiry";
import { API_SCOPES, SCOPE_LABELS, type ApiScope } from "@/lib/api-keys/scopes";
import { API_KEY_NAME_MAX, createApiKeySchema } from "@/lib/validation/api-keys";
import { ApiKeyReveal } from "./api-key-reveal";

interface Values {
  memberId: string;
  name: string;
  scopes: ApiScope[];
  expiresIn: ExpiryChoice;
  code: string;
}

export interface CreateApiKeyDialogProps {
  slug: string;
  member: { id: string; name: string };
  isSelf: boolean;
  expiryChoices: ExpiryChoice[];
  recentSignInSeconds: number;
  viewerEmail: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function CreateApiKeyDialog(props: CreateApiKeyDialogProps) {
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const router = useRouter();
  const close = () => {
    props.onOpenChange(false);
    if (created) router.refresh();
    setCreated(null);
  };
  return (
    <Dialog open={props.open} onOpenChange={(next) => (next ? props.onOpenChange(true) : close())}>
      <DialogContent>
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Key “{created.name}” created</DialogTitle>
              <DialogDescription>Send it as <code className="font-mono">Authorization: Bearer &lt;key&gt;</code> to the REST API.</DialogDescription>
            </DialogHeader>
            <DialogBody>
              <ApiKeyReveal value={created.key} />
            </DialogBody>
            <DialogFooter>
              <Button onClick={close}>Done</Button>
            </DialogFooter>
          </>
        ) : props.open ? (
          <CreateApiKeyForm {...props} onCreated={setCreated} onCancel={close} />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function CreateApiKeyForm({
  slug,
  member,
  isSelf,
  expiryChoices,
  recentSignInSeconds,
  viewerEmail,
  onCreated,
  onCancel,
}: CreateApiKeyDialogProps & { onCreated: (created: { key: string; name: string }) => void; onCancel: () => void }) {
  const recentSignIn = useRecentSignIn(recentSignInSeconds);
  const defaultExpiry: ExpiryChoice = expiryChoices.includes("90d") ? "90d" : (expiryChoices[0] ?? "30d");
  const { form, onSubmit, formError, pending } = useActionForm<Values, { key: string; name: string }>({
    schema: createApiKeySchema,
    defaultValues: { memberId: member.id, name: "", scopes: ["members:read"], expiresIn: defaultExpiry, code: "" },
    action: (values) => createApiKeyAction(slug, { ...values, code: values.code || undefined }),
    onSuccess: (data) => onCreated({ key: data.key, name: data.name }),
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>{isSelf ? "Create API key" : `Create API key for ${member.name}`}</DialogTitle>
        <DialogDescription>
          The key acts with {isSelf ? "your" : `${member.name}'s`} current role, limited to the scopes you choose. You&apos;ll see it once.
        </DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <FormField label="Name" required hint="What uses it, e.g. “CI/CD Pipeline”." error={errors.name?.message}>
          <Input autoComplete="off" maxLength={API_KEY_NAME_MAX} {...form.register("name")} />
        </FormField>
        <fieldset className="space-y-2" aria-describedby={errors.scopes ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium text-slate-900">
            Scopes<span className="ml-0.5 text-red-600" aria-hidden="true">*</span>
          </legend>
          <Controller
            control={form.control}
            name="scopes"
            render={({ field }) => (
              <ul className="grid gap-2 sm:grid-cols-2">
                {API_SCOPES.map((scope) => (
                  <li key={scope}>
                    <label className="flex items-start gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm hover:bg-slate-50">
                      <Checkbox
                        className="mt-0.5"
                        checked={field.value.includes(scope)}
                        onCheckedChange={(checked) => field.onChange(checked ? [...field.value, scope] : field.value.filter((s) => s !== scope))}
                      />
                      <span>
                        <span className="block font-mono text-xs text-slate-900">{scope}</span>
                        <span className="block text-xs text-slate-600">{SCOPE_LABELS[scope]}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          />
          {errors.scopes ? (
            <p id="scopes-error" role="alert" className="text-xs font-medium text-red-600">
              {errors.scopes.message}
            </p>
          ) : null}
        </fieldset>
        <FormField label="Expires" required hint="Your organization decides the longest a key may live." error={errors.expiresIn?.message}>
          <NativeSelect controlSize="md" className="w-full sm:w-56" {...form.register("expiresIn")}>
            {expiryChoices.map((choice) => (
              <option key={choice} value={choice}>
                {choice === "never" ? EXPIRY_LABELS.never : `In ${EXPIRY_LABELS[choice]}`}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <ReauthCodeField
          slug={slug}
          purpose="create_api_key"
          email={viewerEmail}
          recentSignIn={recentSignIn}
          error={errors.code?.message}
          inputProps={form.register("code")}
        />
      </DialogBody>
      <FormDialogFooter submitLabel="Create key" pendingLabel="Creating…" onCancel={onCancel} pending={pending} error={formError} />
    </form>
  );
}
