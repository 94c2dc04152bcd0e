// SCIM discovery: the resource types, User and Group (no token needed).
import { discoveryList, resourceTypes } from "@/lib/scim/discovery";
import { scimBaseUrl, serveScimDiscovery } from "@/lib/scim/http";

export async function GET(): Promise<Response> {
  return serveScimDiscovery(() => discoveryList(resourceTypes(scimBaseUrl())));
}
