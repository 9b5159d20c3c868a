// Entry point of the `semivisible` command-line tool: dispatches to the sub-commands in ./commands.
// Exit codes: 0 success, 1 internal error, 2 bad usage or bad input (one-line message on stderr).
import { commands } from './commands/index.js';
import { ConvergenceError, KinematicsError, ParameterError } from '../core/errors.js';
import type { CliIO } from './types.js';

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
};

function topLevelUsage(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return ['usage: semivisible <command> [options]', '', 'commands:', ...lines, '',
    "run 'semivisible <command> --help' for a command's options"].join('\n') + '\n';
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topLevelUsage());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`semivisible: unknown command '${name}' (try 'semivisible --help')\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ParameterError || error instanceof KinematicsError || error instanceof ConvergenceError) {
      io.stderr(`semivisible ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      // node:util parseArgs explains itself over several lines; the first one names the flag.
      io.stderr(`semivisible ${name}: ${error.message.split('\n')[0] ?? error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`semivisible: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
