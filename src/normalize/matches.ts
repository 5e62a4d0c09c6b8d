// Every match of a global regular expression in a text, for the stages that scan many
// short texts. String.prototype.matchAll copies the expression on every call (about
// 170 ns, and garbage), which adds up over the hundreds of thousands of block texts in
// an archive; this runs the expression itself, from lastIndex 0 to the end.

/** The matches of `re` (which must have the g flag) in `text`, in order, as matchAll gives them. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression, not ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character
    // (a whole surrogate pair in unicode mode), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
