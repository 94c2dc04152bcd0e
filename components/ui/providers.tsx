"use client";
// App-wide client providers: tooltips share one delay group, and one toast region announces results.
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { TooltipProvider } from "./tooltip";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TooltipProvider delayDuration={150}>
      {children}
      <Toaster position="bottom-right" richColors closeButton />
    </TooltipProvider>
  );
}
