// SCIM /Groups (teams): list (filter, startIndex/count) and create.
import { serveScim } from "@/lib/scim/http";
import { createGroup, listGroups } from "../_scim/groups";

export async function GET(request: Request): Promise<Response> {
  return serveScim(request, listGroups);
}

export async function POST(request: Request): Promise<Response> {
  return serveScim(request, createGroup);
}
