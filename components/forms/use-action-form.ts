"use client";
// The form kit's hook: a react-hook-form bound to the zod schema its server action parses (so the
// browser shows the same messages the server would), submitting to that action and putting the
// server's field errors inline — the rest becomes one form-level message.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { applyFieldErrors } from "./apply-field-errors";

const NETWORK_ERROR = "The request did not get through. Check your connection and try again.";

export interface ActionFormOptions<V extends FieldValues, R> {
  /** The action's own input schema; omit it when the server alone validates. */
  schema?: z.ZodType;
  defaultValues: DefaultValues<V>;
  action: (values: V) => Promise<ActionResult<R>>;
  /** Runs after a successful submit (toast, close the dialog, refresh). */
  onSuccess?: (data: R, values: V) => void | Promise<void>;
}

export interface ActionForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** For <form onSubmit>: validates, calls the action, places its errors. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** The failure that belongs to no field, shown above the form's buttons. */
  formError: string | null;
  setFormError: (message: string | null) => void;
  pending: boolean;
}

/** Next.js signals redirects and 404s from actions by throwing: those are not failures to show. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

export function useActionForm<V extends FieldValues, R = unknown>(options: ActionFormOptions<V, R>): ActionForm<V> {
  const { schema, defaultValues, action, onSuccess } = options;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<V>({
    // The resolver's generics follow the schema's input type; the form's values are V.
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<V>) : undefined,
    defaultValues,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<R>;
    try {
      result = await action(values);
    } catch (error) {
      if (isNavigationSignal(error)) throw error;
      setFormError(NETWORK_ERROR);
      return;
    }
    if (result.ok) await onSuccess?.(result.data, values);
    else setFormError(applyFieldErrors(form, result));
  });

  return { form, onSubmit, formError, setFormError, pending: form.formState.isSubmitting };
}
