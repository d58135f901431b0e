import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/errors.js';
import { exitCode } from '../../src/cli/exit-code.js';
import { colourLevel } from '../../src/cli/io.js';

describe('exitCode', () => {
  it('0 when the run worked and found nothing to fail on', () => {
    expect(exitCode({ kind: 'done', findings: 0, inputErrors: 0 })).toBe(0);
  });

  it('1 for findings the user asked to fail on', () => {
    expect(exitCode({ kind: 'done', findings: 3, inputErrors: 0 })).toBe(1);
  });

  it('2 for usage and input errors, including unusable inputs in a finished run', () => {
    expect(exitCode({ kind: 'failed', error: new UsageError('x') })).toBe(2);
    expect(exitCode({ kind: 'failed', error: new InputError('missing', 'a.txt') })).toBe(2);
    expect(exitCode({ kind: 'failed', error: new CommanderError(1, 'commander.unknownOption', 'x') })).toBe(2);
    expect(exitCode({ kind: 'done', findings: 3, inputErrors: 1 })).toBe(2);
  });

  it('0 for --help and --version, 3 for anything unexpected', () => {
    expect(exitCode({ kind: 'failed', error: new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)') })).toBe(0);
    expect(exitCode({ kind: 'failed', error: new TypeError('bug') })).toBe(3);
    expect(exitCode({ kind: 'failed', error: 'a string' })).toBe(3);
  });
});

describe('colourLevel', () => {
  const io = (isTTY: boolean, env: Record<string, string> = {}) => ({ stdout: process.stdout, stderr: Object.assign(Object.create(process.stderr), { isTTY }), cwd: '/', env });

  it('follows the TTY, NO_COLOR, FORCE_COLOR and --no-color', () => {
    expect(colourLevel(io(true), true)).toBe(1);
    expect(colourLevel(io(false), true)).toBe(0);
    expect(colourLevel(io(true, { NO_COLOR: '1' }), true)).toBe(0);
    expect(colourLevel(io(false, { FORCE_COLOR: '3' }), true)).toBe(3);
    expect(colourLevel(io(false, { FORCE_COLOR: '0' }), true)).toBe(0);
    expect(colourLevel(io(true, { FORCE_COLOR: '1' }), false)).toBe(0);
  });
});
