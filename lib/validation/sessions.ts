// Sessions as the browser names them: by public id (see db/queries/sessions.ts), never by token.
import { z } from "zod";

export const sessionRefSchema = z.object({
  sessionId: z.string().regex(/^[0-9a-f]{32}$/, { error: "Unknown session" }),
});
export type SessionRef = z.input<typeof sessionRefSchema>;
