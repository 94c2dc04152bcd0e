"use client";
// "+ Create": opens the Create Member modal by setting `create=1` in the members page's URL state
// (the same parser the page reads it with), so the modal opens at once and a reload keeps it open.
import { useQueryState } from "nuqs";
import { Button } from "@/components/ui/button";
import { membersSearch } from "@/lib/validation/members-search";
import { Plus } from "@/components/ui/glyph";

const createParam = membersSearch.parsers.create.withOptions({ shallow: false, history: "push", scroll: false });

export function CreateMemberButton() {
  const [, setCreate] = useQueryState("create", createParam);
  return (
    <Button onClick={() => void setCreate(true)}>
      <Plus className="size-4" aria-hidden="true" />
      Create
    </Button>
  );
}
