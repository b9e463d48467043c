/** One step of a word-level diff: text of `a` kept or deleted, or text of `b` inserted. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One step of an index-level diff between two sequences. */
export type IndexOp =
  { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

/**
 * Longest-common-subsequence diff of two sequences by key. Within a changed stretch, deletions
 * come before insertions, so a replacement reads as "delete old, insert new"; where the common
 * subsequence allows, a replaced word lines up with the word that replaces it.
 */
export function diffKeys(a: readonly string[], b: readonly string[]): IndexOp[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1] + 1
          : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const ops: IndexOp[] = [];
  const pendingInserts: IndexOp[] = [];
  let i = 0;
  let j = 0;
  const flush = () => ops.push(...pendingInserts.splice(0));
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      ops.push({ op: 'equal', a: i++, b: j++ });
    } else if (i < n && j < m && lcs[(i + 1) * width + j + 1] === lcs[i * width + j]) {
      // A one-for-one replacement loses nothing: pair the two words rather than matching a
      // repeated word further on ("for factories for jobs" against "for plants for employment").
      ops.push({ op: 'delete', a: i++ });
      pendingInserts.push({ op: 'insert', b: j++ });
    } else if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      pendingInserts.push({ op: 'insert', b: j++ });
    } else {
      ops.push({ op: 'delete', a: i++ });
    }
  }
  flush();
  return ops;
}

/** Splits text into words, keeping each word's punctuation with it. */
export function splitWords(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Comparison key of a word: lower case, curly apostrophes straightened, outer punctuation dropped. */
export function wordKey(w: string): string {
  const k = w
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return k || w;
}

/**
 * Word-level diff of two texts (LCS over word tokens, ignoring case and outer punctuation).
 * Consecutive words with the same operation are merged; equal runs carry the words of `a`.
 */
export function wordDiff(a: string, b: string): DiffOp[] {
  const wa = splitWords(a);
  const wb = splitWords(b);
  const out: DiffOp[] = [];
  for (const step of diffKeys(wa.map(wordKey), wb.map(wordKey))) {
    const text = step.op === 'insert' ? wb[step.b] : wa[step.a];
    const last = out[out.length - 1];
    if (last && last.op === step.op) last.text += ` ${text}`;
    else out.push({ op: step.op, text });
  }
  return out;
}
