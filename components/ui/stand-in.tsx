"use client";
// Menus and popovers cost a Radix component tree each while closed (providers, popper, presence,
// collection), and a page holds a dozen of them: the filters, the column and sort menus, the
// shell's switcher, user menu and bell. The server (and the hydration pass,
// which must match it) renders a closed one as its trigger alone — the button markup Radix renders
// while closed — and the Radix root takes over right after hydration, before anyone can press it.
// Mounted on the client later (a navigation, a dialog opening) a root is Radix from the start.
import {
  cloneElement,
  createContext,
  isValidElement,
  useContext,
  useSyncExternalStore,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
  type Ref,
} from "react";
import { cn } from "./cn";

const subscribeNever = () => () => {};

/** False on the server and while hydrating; true once the page is live (and for roots mounted later). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

const StandInContext = createContext(false);

/** True inside a closed root that is still a stand-in: triggers render plain, content renders nothing. */
export function useStandIn(): boolean {
  return useContext(StandInContext);
}

/** Whether a root may stand in: not yet hydrated, and not asked to be open. */
export function useStandInRoot({ open, defaultOpen }: { open?: boolean; defaultOpen?: boolean }): boolean {
  return !useHydrated() && !open && !defaultOpen;
}

export function StandInRoot({ children }: { children?: ReactNode }) {
  return <StandInContext.Provider value={true}>{children}</StandInContext.Provider>;
}

type TriggerProps = ComponentProps<"button"> & { asChild?: boolean };

/**
 * A closed trigger as Radix writes it: a button (or, with `asChild`, its child) with aria-haspopup,
 * aria-expanded="false" and data-state="closed"; the child's own props win, classes add up and
 * handlers and refs both run, as with Radix's Slot.
 */
export function StandInTrigger({ popup, props }: { popup: "menu" | "dialog"; props: TriggerProps }) {
  const { asChild, children, ...rest } = props;
  const own = { type: "button", "aria-haspopup": popup, "aria-expanded": false, "data-state": "closed", ...rest };
  if (asChild) {
    if (!isValidElement(children)) return null;
    const child = children as ReactElement<Record<string, unknown>>;
    return cloneElement(child, mergeProps(own, child.props));
  }
  return <button {...(own as ComponentProps<"button">)}>{children}</button>;
}

function mergeProps(slot: Record<string, unknown>, child: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...slot, ...child };
  for (const [name, value] of Object.entries(slot)) {
    const childValue = child[name];
    if (name === "className") merged.className = cn(value as string, childValue as string | undefined);
    else if (name === "style" && childValue) merged.style = { ...(value as object), ...(childValue as object) };
    else if (name === "ref" && childValue) merged.ref = composeRefs(value as Ref<unknown>, childValue as Ref<unknown>);
    else if (/^on[A-Z]/.test(name) && typeof value === "function" && typeof childValue === "function") {
      merged[name] = (...args: unknown[]) => {
        (childValue as (...a: unknown[]) => void)(...args);
        (value as (...a: unknown[]) => void)(...args);
      };
    }
  }
  return merged;
}

function composeRefs<T>(...refs: Ref<T>[]): (node: T | null) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}
