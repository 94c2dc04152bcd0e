// SCIM discovery: what this service provider supports (no token needed, RFC 7644 §4).
import { serviceProviderConfig } from "@/lib/scim/discovery";
import { scimBaseUrl, serveScimDiscovery } from "@/lib/scim/http";

export async function GET(): Promise<Response> {
  return serveScimDiscovery(() => serviceProviderConfig(scimBaseUrl()));
}
