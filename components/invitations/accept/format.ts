// Dates on the invitation page, in UTC so the server's and the email's wording agree.
const FORMAT = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export function formatInviteDate(date: Date): string {
  return `${FORMAT.format(date)} UTC`;
}
