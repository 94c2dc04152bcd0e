"use client";
// The Invitations view's URL state on the client: shows the requested state at once and writes it
// to the URL, which makes the server render the new page.
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useOptimistic, useTransition } from "react";
import { serializeInvitationsSearch, type InvitationsSearch } from "@/lib/validation/invitations-search";

export function useInvitationsSearch(current: InvitationsSearch) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const [search, setOptimisticSearch] = useOptimistic(current);

  const navigate = useCallback(
    (next: InvitationsSearch, { replace = false }: { replace?: boolean } = {}) => {
      startTransition(() => {
        setOptimisticSearch(next);
        const href = `${pathname}${serializeInvitationsSearch(next)}`;
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [pathname, router, setOptimisticSearch],
  );

  /** Changes the status filter or the query: back to page 1. */
  const setFilters = useCallback(
    (patch: Partial<Pick<InvitationsSearch, "status" | "q">>, options?: { replace?: boolean }) =>
      navigate({ ...search, ...patch, page: 1 }, options),
    [navigate, search],
  );

  return { search, isPending, navigate, setFilters };
}

export type InvitationsSearchController = ReturnType<typeof useInvitationsSearch>;
