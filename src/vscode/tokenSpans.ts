// Pure helpers behind the semantic tokens provider: overlapping spans become one layer, and spans
// crossing line ends are cut, because semantic tokens can neither overlap nor span lines.

/** A span to colour; where spans overlap, the higher priority (then the narrower span) wins. */
export interface TokenSpan {
  start: number;
  end: number;
  type: number;
  modifiers: number;
  priority: number;
}

/** A token on one line, as the editor's token builder takes it. */
export interface LineToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Resolves overlaps: returns non-overlapping pieces in order, each coloured by the span that wins there. */
export function flattenSpans(spans: readonly TokenSpan[]): TokenSpan[] {
  const valid = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const bounds = [...new Set(valid.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: TokenSpan[] = [];
  let active: TokenSpan[] = [];
  let next = 0;
  let last: { span: TokenSpan; piece: TokenSpan } | undefined;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    active = active.filter((s) => s.end > from);
    while (next < valid.length && valid[next].start <= from) active.push(valid[next++]);
    const winner = pickWinner(active.filter((s) => s.start <= from && s.end >= to));
    if (!winner) continue;
    if (last && last.span === winner && last.piece.end === from) last.piece.end = to;
    else {
      const piece = { ...winner, start: from, end: to };
      out.push(piece);
      last = { span: winner, piece };
    }
  }
  return out;
}

function pickWinner(spans: readonly TokenSpan[]): TokenSpan | undefined {
  let best: TokenSpan | undefined;
  for (const s of spans)
    if (
      !best ||
      s.priority > best.priority ||
      (s.priority === best.priority && s.end - s.start < best.end - best.start)
    )
      best = s;
  return best;
}

/** Cuts non-overlapping spans at line ends (the line terminators themselves are never coloured). */
export function splitByLines(
  spans: readonly TokenSpan[],
  text: string,
  starts: readonly number[],
): LineToken[] {
  const out: LineToken[] = [];
  let line = 0;
  for (const span of spans) {
    while (line + 1 < starts.length && starts[line + 1] <= span.start) line++;
    for (let l = line, from = span.start; l < starts.length && from < span.end; l++) {
      const contentEnd = lineContentEnd(text, starts, l);
      const to = Math.min(span.end, contentEnd);
      if (to > from)
        out.push({
          line: l,
          character: from - starts[l],
          length: to - from,
          type: span.type,
          modifiers: span.modifiers,
        });
      from = starts[l + 1] ?? span.end;
    }
  }
  return out;
}

function lineContentEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}
