// A small glob matcher for the include/exclude patterns of `.articlelens.json`. No 'vscode' import:
// VS Code's own matcher is not in its API, and the same code must run in the web extension.

const cache = new Map<string, RegExp>();

/** Whether a folder-relative path (forward slashes) matches a glob: `**`, `*`, `?`, `{a,b}`, `[abc]`. */
export function matchGlob(pattern: string, path: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^${globToRegExpSource(pattern)}$`, 'u');
    cache.set(pattern, re);
  }
  return re.test(path);
}

/** Whether a path is an article under the include and exclude patterns. */
export function isIncluded(path: string, include: readonly string[], exclude: readonly string[]): boolean {
  return include.some((p) => matchGlob(p, path)) && !exclude.some((p) => matchGlob(p, path));
}

function globToRegExpSource(glob: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && slashAfter) {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      out += ')';
      depth--;
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/[\\\]]/g, '\\$&');
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\/\]]/g, '\\$&');
  }
  return out + ')'.repeat(depth);
}
