"use client";
// The members table's URL state on the client: reads the server-parsed search optimistically and
// writes changes back to the URL, which makes the server render the new page (no shallow routing).
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useOptimistic, useTransition } from "react";
import { serializeMembersSearch, type MembersSearch } from "@/lib/validation/members-search";

export interface NavigateOptions {
  /** Replace the history entry (typing in the search box) instead of adding one. */
  replace?: boolean;
}

export function useMembersSearch(current: MembersSearch) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  // Shows the requested state (checked filters, the new page number) while the server renders it.
  const [search, setOptimisticSearch] = useOptimistic(current);

  const navigate = useCallback(
    (next: MembersSearch, { replace = false }: NavigateOptions = {}) => {
      startTransition(() => {
        setOptimisticSearch(next);
        const href = `${pathname}${serializeMembersSearch(next)}`;
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [pathname, router, setOptimisticSearch],
  );

  /** Changes filters or the query: back to page 1. */
  const setFilters = useCallback(
    (patch: Partial<MembersSearch>, options?: NavigateOptions) => navigate({ ...search, ...patch, page: 1 }, options),
    [navigate, search],
  );

  const clearFilters = useCallback(
    () =>
      navigate({
        ...search,
        q: "",
        role: [],
        status: [],
        team: [],
        department: [],
        joined: undefined,
        activity: undefined,
        page: 1,
      }),
    [navigate, search],
  );

  const openMember = useCallback((memberId: string) => navigate({ ...search, member: memberId }), [navigate, search]);
  const closeMember = useCallback(
    () => navigate({ ...search, member: undefined }, { replace: true }),
    [navigate, search],
  );

  const openEdit = useCallback((memberId: string) => navigate({ ...search, member: undefined, edit: memberId }), [navigate, search]);
  const openCreate = useCallback(() => navigate({ ...search, create: "1" }), [navigate, search]);
  /** Closes the Create and Edit modals. */
  const closeForm = useCallback(
    () => navigate({ ...search, edit: undefined, create: undefined }, { replace: true }),
    [navigate, search],
  );

  return { search, isPending, navigate, setFilters, clearFilters, openMember, closeMember, openEdit, openCreate, closeForm };
}

export type MembersSearchController = ReturnType<typeof useMembersSearch>;
