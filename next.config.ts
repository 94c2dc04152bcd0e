import type { NextConfig } from "next";
import { staticAssetHeaders } from "./lib/security/headers";

// The files proxy.ts's matcher skips (it sets the headers on everything else): build output and
// public files, by the same extensions.
const STATIC_SOURCES = ["/_next/static/:path*", "/:file(.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|txt|webmanifest|css|js|map))"];
// The icons: Chromium asks for the page's icon again on every same-document navigation (a search,
// a page of the table); cached for a day, it answers from its cache instead of the server.
const ICON_SOURCES = ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/icon-192.png", "/icon-512.png"];
const ICON_CACHE = [{ key: "Cache-Control", value: "public, max-age=86400" }];

const nextConfig: NextConfig = {
  // PGlite ships a wasm file; bundling it would copy it into the public static folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets two builds (e.g. the e2e suite and a dev server) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    const headers = Object.entries(staticAssetHeaders()).map(([key, value]) => ({ key, value }));
    return [...STATIC_SOURCES.map((source) => ({ source, headers })), ...ICON_SOURCES.map((source) => ({ source, headers: ICON_CACHE }))];
  },
};

export default nextConfig;
