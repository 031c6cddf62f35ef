/**
 * A problem the user can fix, told in Chinese: what is wrong and where (sheet, cell, line).
 * Interfaces print `message` and `details`, never a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = []
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Writing would replace sheets a user made or changed; the caller must confirm first. */
export class OverwriteConflict extends UserError {
  constructor(
    readonly sheets: readonly string[],
    details: readonly string[]
  ) {
    super(`以下工作表将被覆盖：${sheets.join("、")}。确认覆盖后再执行。`, details);
    this.name = "OverwriteConflict";
  }
}
