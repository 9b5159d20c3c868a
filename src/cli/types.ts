// Contract of a CLI sub-command. Each command lives in its own file under src/cli/commands/ and is listed in
// src/cli/commands/index.ts. A command parses its own argv (node:util parseArgs), writes its result to
// io.stdout, and returns an exit code: 0 success, 2 bad flags/files/parameters (with a one-line message).

/** Output sinks given to a command (stdout for results, stderr for messages and progress). */
export interface CliIO {
  /** Write to standard output. */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly stderrIsTTY: boolean;
}

/** One sub-command of `semivisible`. */
export interface CliCommand {
  /** The sub-command word, e.g. `"model"`. */
  readonly name: string;
  /** One-line summary for `semivisible --help`. */
  readonly summary: string;
  /** Usage text printed by `semivisible <name> --help`. */
  readonly usage: string;
  /** Run with the arguments after the sub-command word; resolve to the exit code. */
  readonly run: (argv: readonly string[], io: CliIO) => Promise<number>;
}
