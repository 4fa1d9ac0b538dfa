import type { Writer } from "../db/client";
import { auditLog } from "../db/schema";

type Entry = {
  actorType: "person" | "staff" | "system" | "gateway";
  actorId?: number | null;
  companyId?: number | null;
  action: string;
  subjectType?: string;
  subjectId?: number;
  ip?: string;
  userAgent?: string;
  details?: Record<string, unknown>;
};

export function audit(tx: Writer, entry: Entry) {
  tx.insert(auditLog)
    .values({
      ...entry,
      at: new Date(),
      userAgent: entry.userAgent?.slice(0, 300),
    })
    .run();
}
