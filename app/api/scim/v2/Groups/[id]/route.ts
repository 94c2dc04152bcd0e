// SCIM /Groups/{id}: read, replace (PUT), patch (members, name) and delete one team.
import { serveScim } from "@/lib/scim/http";
import { deleteGroup, getGroup, patchGroup, replaceGroup } from "../../_scim/groups";

type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => getGroup(ctx, id));
}

export async function PUT(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => replaceGroup(ctx, id));
}

export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => patchGroup(ctx, id));
}

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => deleteGroup(ctx, id));
}
