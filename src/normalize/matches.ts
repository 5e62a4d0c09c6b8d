// Every match of a global regular expression in a text, for the stages that scan many
// short texts. String.prototype.matchAll copies the expression on every call (about
// 170 ns, and garbage), which adds up over the hundreds of thousands of block texts in
// an archive; this runs the expression itself, from lastIndex 0 to the end.

/** Where to look next after a match at `index` of length `length`: past it, or one character on. */
function nextIndex(re: RegExp, text: string, index: number, length: number): number {
  if (length > 0) return index + length;
  return index + (re.unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * The matches of `re` (which must have the g flag) in `text`, in order, as matchAll gives
 * them. A match that `accept` turns down is dropped, and the search goes on from the next
 * character, as if the expression had not matched there.
 */
export function matchesOf(re: RegExp, text: string, accept?: (m: RegExpExecArray) => boolean): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression, not ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (accept && !accept(m)) {
      re.lastIndex = nextIndex(re, text, m.index, 0);
      continue;
    }
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex = nextIndex(re, text, m.index, 0);
  }
  return out;
}
