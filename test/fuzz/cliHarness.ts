// Runs a `semivisible` command line in-process exactly as src/cli/main.ts does (dispatch, --help, and the
// mapping of typed errors and node:util parse errors to exit code 2 with a one-line message), capturing stdout
// and stderr. A thrown error that main.ts would report as an internal error (exit 1) is returned as such.
import { commands } from '../../src/cli/commands/index.js';
import type { CliIO } from '../../src/cli/types.js';
import { ConvergenceError, KinematicsError, ParameterError } from '../../src/core/errors.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The error main.ts would print as `internal error` (exit 1), if any. */
  readonly internal?: unknown;
}

/** `semivisible <argv...>` in-process. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout('usage: semivisible <command> [options]\n');
    return { code: name === undefined ? 2 : 0, stdout, stderr };
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`semivisible: unknown command '${name}' (try 'semivisible --help')\n`);
    return { code: 2, stdout, stderr };
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return { code: 0, stdout, stderr };
  }
  try {
    return { code: await command.run(rest, io), stdout, stderr };
  } catch (error) {
    if (error instanceof ParameterError || error instanceof KinematicsError || error instanceof ConvergenceError) {
      io.stderr(`semivisible ${name}: ${error.message.split('\n')[0] ?? error.message}\n`);
      return { code: 2, stdout, stderr };
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`semivisible ${name}: ${error.message.split('\n')[0] ?? error.message}\n`);
      return { code: 2, stdout, stderr };
    }
    return { code: 1, stdout, stderr, internal: error };
  }
}
