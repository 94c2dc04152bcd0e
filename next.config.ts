import type { NextConfig } from "next";
import { staticAssetHeaders } from "./lib/security/headers";

// The files proxy.ts's matcher skips (it sets the headers on everything else): build output and
// public files, by the same extensions.
const STATIC_SOURCES = ["/_next/static/:path*", "/:file(.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|txt|webmanifest|css|js|map))"];

const nextConfig: NextConfig = {
  // PGlite ships a wasm file; bundling it would copy it into the public static folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets two builds (e.g. the e2e suite and a dev server) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    const headers = Object.entries(staticAssetHeaders()).map(([key, value]) => ({ key, value }));
    return STATIC_SOURCES.map((source) => ({ source, headers }));
  },
};

export default nextConfig;
