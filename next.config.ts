import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships a wasm file; bundling it would copy it into the public static folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets two builds (e.g. the e2e suite and a dev server) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
