import { todayIn } from "./dates";
import { env } from "./env";

/** Today's calendar date in the supplier's time zone. */
export function today() {
  return todayIn(env().TIME_ZONE);
}
