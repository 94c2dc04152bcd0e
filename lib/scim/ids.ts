// Resource ids in SCIM URLs and member lists are member and team uuids; anything else names
// nothing (and is never sent to PostgreSQL, which would refuse to compare it with a uuid).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuidLike(value: string): boolean {
  return UUID.test(value);
}
