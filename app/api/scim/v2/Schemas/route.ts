// SCIM discovery: the schemas of the attributes Roster keeps (no token needed).
import { discoveryList, schemaDocuments } from "@/lib/scim/discovery";
import { scimBaseUrl, serveScimDiscovery } from "@/lib/scim/http";

export async function GET(): Promise<Response> {
  return serveScimDiscovery(() => discoveryList(schemaDocuments(scimBaseUrl())));
}
