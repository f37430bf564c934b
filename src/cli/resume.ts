// --resume FILE: an earlier --jsonl output. The inputs it already holds (by their `input` field) are
// skipped and the new lines are appended to it. A last line cut off mid-write (the run was killed) is
// removed, so its input is read again; other lines that are not entries are left alone and ignored.
// The file is read as a stream, so a long one costs only the set of inputs it names.
import {
  closeSync,
  createReadStream,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';

export interface Resume {
  /** Inputs already in the file. */
  done: Set<string>;
  /** Lines that were not entries (left in place). */
  ignored: number;
  /** Whether a cut-off last line was removed. */
  repaired: boolean;
  /** Appends one line (with its newline) and returns once it is written. */
  append(line: string): void;
  close(): void;
}

function inputOf(line: string): string | null {
  try {
    const entry: unknown = JSON.parse(line);
    const input = (entry as { input?: unknown } | null)?.input;
    return typeof input === 'string' ? input : null;
  } catch {
    return null;
  }
}

export async function openResume(path: string): Promise<Resume> {
  // 'a+' creates the file when missing; every write goes to its end.
  const fd = openSync(path, 'a+');
  try {
    const size = fstatSync(fd).size;
    const done = new Set<string>();
    let ignored = 0;
    let last = '';
    let lastInput: string | null = null;
    if (size > 0) {
      const lines = createInterface({
        input: createReadStream('', { fd, autoClose: false, start: 0 }),
        crlfDelay: Infinity,
      });
      for await (const line of lines) {
        if (lastInput !== null) done.add(lastInput);
        else if (last.trim()) ignored++;
        last = line;
        lastInput = inputOf(line);
      }
    }
    let repaired = false;
    if (size > 0) {
      const end = Buffer.alloc(1);
      readSync(fd, end, 0, 1, size - 1);
      const complete = end[0] === 0x0a;
      if (lastInput !== null) {
        done.add(lastInput);
        if (!complete) writeSync(fd, '\n');
      } else if (!complete) {
        ftruncateSync(fd, size - Buffer.byteLength(last));
        repaired = true;
      } else if (last.trim()) {
        ignored++;
      }
    }
    return {
      done,
      ignored,
      repaired,
      append: (line) => void writeSync(fd, line),
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
