"use client";
// App-wide client providers: tooltips share one delay group, one toast region announces results,
// and list pages read and write their URL state through nuqs (components/data-table/use-list-state.ts).
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { TooltipProvider } from "./tooltip";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <NuqsAdapter>
      <TooltipProvider delayDuration={150}>
        {children}
        <Toaster position="bottom-right" richColors closeButton />
      </TooltipProvider>
    </NuqsAdapter>
  );
}
