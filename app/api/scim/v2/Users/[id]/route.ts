// SCIM /Users/{id}: read, replace (PUT), patch and delete one member.
import { serveScim } from "@/lib/scim/http";
import { deleteUser, getUser, patchUser, replaceUser } from "../../_scim/users";

type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => getUser(ctx, id));
}

export async function PUT(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => replaceUser(ctx, id));
}

export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => patchUser(ctx, id));
}

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return serveScim(request, (ctx) => deleteUser(ctx, id));
}
