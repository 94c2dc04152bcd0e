// SCIM /Users: list (filter, startIndex/count) and create (lib/scim/http.ts serves; _scim/users.ts acts).
import { serveScim } from "@/lib/scim/http";
import { createUser, listUsers } from "../_scim/users";

export async function GET(request: Request): Promise<Response> {
  return serveScim(request, listUsers);
}

export async function POST(request: Request): Promise<Response> {
  return serveScim(request, createUser);
}
