// SCIM discovery: one resource type by id ("User" or "Group").
import { resourceTypes } from "@/lib/scim/discovery";
import { scimBaseUrl, serveScimDiscovery } from "@/lib/scim/http";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return serveScimDiscovery(() => resourceTypes(scimBaseUrl()).find((type) => type.id === id) ?? null);
}
