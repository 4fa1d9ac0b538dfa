import { initTRPC, TRPCError } from "@trpc/server";
import type { Viewer } from "../access/guard";
import type { Permission } from "../access/permissions";
import { AppError } from "../errors";

export type Context = { viewer: Viewer | null; today: string };

const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape }) => ({
    ...shape,
    data: { code: shape.data.code },
  }),
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// Domain refusals become tRPC errors here, once.
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw new TRPCError({ code: result.error.cause.code });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

/**
 * A procedure for a signed-in contact holding `permission`. Without it the
 * call answers NOT_FOUND, exactly like a document that does not exist.
 */
export function contactProcedure(permission?: Permission) {
  return publicProcedure.use(({ ctx, next }) => {
    const { viewer } = ctx;
    if (!viewer) throw new TRPCError({ code: "UNAUTHORIZED" });
    if (permission && !viewer.permissions.includes(permission)) {
      throw new TRPCError({ code: "NOT_FOUND" });
    }
    return next({ ctx: { ...ctx, viewer } });
  });
}
