/** Zero-based line and UTF-16 character, as editors count them. */
export interface Position {
  line: number;
  character: number;
}

/** Offsets at which each line starts; \r\n, \n and \r all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** Converts an offset to a position, given the text's line starts. */
export function offsetToPosition(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Converts a position back to an offset. */
export function positionToOffset(starts: readonly number[], pos: Position): number {
  const line = Math.max(0, Math.min(pos.line, starts.length - 1));
  return starts[line] + pos.character;
}
