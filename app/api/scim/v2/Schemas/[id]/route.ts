// SCIM discovery: one schema by its URN.
import { schemaDocuments } from "@/lib/scim/discovery";
import { scimBaseUrl, serveScimDiscovery } from "@/lib/scim/http";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return serveScimDiscovery(() => schemaDocuments(scimBaseUrl()).find((schema) => schema.id === decodeURIComponent(id)) ?? null);
}
