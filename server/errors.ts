// One error type for domain refusals, mapped once to HTTP and to tRPC.
export const APP_ERRORS = {
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
  ) {
    super(message);
  }

  get status() {
    return APP_ERRORS[this.code];
  }
}
