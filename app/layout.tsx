// The document every page shares: title, icons and manifest, and the app-wide client providers.
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { Providers } from "@/components/ui/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Roster", template: "%s · Roster" },
  description: "Manage your organization's members, roles and teams.",
};

export const viewport: Viewport = { themeColor: "#4f46e5" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce proxy.ts sets exists only then, and a page
  // prerendered at build time (the 404 page, say) would carry inline scripts the CSP blocks.
  await connection();
  return (
    <html lang="en">
      {/* The icons and manifest are links of this layout, not metadata: Next replaces a page's
          metadata elements on every navigation (a search included), and Chromium fetched the
          icon again for each replaced <link>, beside the search's own request. (It still asks
          once per navigation: next.config.ts lets its cache answer.) */}
      <head>
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" sizes="180x180" />
        <link rel="manifest" href="/site.webmanifest" />
      </head>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
