"use client";
// A search box that reports its query after a pause in typing (or at once on Enter), with a clear
// button. `value` is the query in effect (usually the URL's); when it changes from outside (back
// button, "Clear filters") the box shows it.
import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { cn } from "./cn";
import { Search } from "./glyph";
import { Input } from "./input";

const DEBOUNCE_MS = 150;

export function SearchInput({
  value,
  onSearch,
  label,
  placeholder,
  maxLength = 100,
  className,
  inputClassName = "h-9",
}: {
  value: string;
  onSearch: (query: string) => void;
  /** The accessible name. */
  label: string;
  placeholder: string;
  maxLength?: number;
  className?: string;
  inputClassName?: string;
}) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    const query = text.trim();
    if (query === value) return;
    const timer = setTimeout(() => onSearch(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className={cn("relative w-full", className)}>
      <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden="true" />
      <Input
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onSearch(text.trim());
        }}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-label={label}
        className={cn("pr-9 pl-9 [&::-webkit-search-cancel-button]:hidden", inputClassName)}
      />
      {text ? (
        <button
          type="button"
          onClick={() => {
            setText("");
            onSearch("");
          }}
          className="absolute top-1/2 right-2 -translate-y-1/2 rounded p-1 text-slate-400 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
          aria-label="Clear search"
        >
          <X className="size-4" aria-hidden="true" />
        </button>
      ) : null}
    </div>
  );
}
