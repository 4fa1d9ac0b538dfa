import type { Writer } from "../../db/client";
import { mailOutbox } from "../../db/schema";

export type Mail = {
  to: string;
  subject: string;
  bodyText: string;
  template: string;
};

/**
 * Queues a mail in the caller's transaction, so it goes out only if the
 * change it reports was written.
 */
export function queueMail(tx: Writer, mail: Mail) {
  // Without SMTP settings mail stays queued here by design, readable by staff.
  tx.insert(mailOutbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      bodyText: mail.bodyText,
      template: mail.template,
      state: "queued",
    })
    .run();
}
