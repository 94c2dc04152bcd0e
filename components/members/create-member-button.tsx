"use client";
// "+ Create": opens the Create Member modal by adding `create=1` to the current URL.
import { Plus } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";

export function CreateMemberButton() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (
    <Button
      onClick={() => {
        const params = new URLSearchParams(searchParams);
        params.set("create", "1");
        router.push(`${pathname}?${params}`, { scroll: false });
      }}
    >
      <Plus className="size-4" aria-hidden="true" />
      Create
    </Button>
  );
}
