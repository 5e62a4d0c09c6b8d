// --pretty for XML: one element a line, indented, as `xmllint --format` does it: an
// element that holds text (a <p>, a <num>) is written as it is, since white space added
// inside it would be text of the document.

/** A start, end or empty-element tag, a declaration or comment, or the text between them. */
const TOKEN = /<[^>]*>|[^<]+/g;

interface Element {
  open: string;
  close: string;
  children: Array<Element | string>;
}

export function indentXml(xml: string): string {
  const root: Element = { open: '', close: '', children: [] };
  const stack = [root];
  for (const [token] of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (token.startsWith('</')) {
      top.close = token;
      stack.pop();
    } else if (token.startsWith('<') && !token.endsWith('/>') && !token.startsWith('<?') && !token.startsWith('<!')) {
      const element: Element = { open: token, close: '', children: [] };
      top.children.push(element);
      stack.push(element);
    } else {
      top.children.push(token);
    }
  }
  const lines: string[] = [];
  const flat = (node: Element | string): string => (typeof node === 'string' ? node : `${node.open}${node.children.map(flat).join('')}${node.close}`);
  const write = (node: Element | string, depth: number) => {
    const pad = '  '.repeat(depth);
    if (typeof node === 'string') {
      if (node.trim() !== '') lines.push(`${pad}${node.trim()}`);
      return;
    }
    const holdsText = node.children.some((c) => typeof c === 'string' && c.trim() !== '');
    if (holdsText || node.children.length === 0) {
      lines.push(`${pad}${flat(node)}`);
      return;
    }
    lines.push(`${pad}${node.open}`);
    for (const child of node.children) write(child, depth + 1);
    lines.push(`${pad}${node.close}`);
  };
  for (const child of root.children) write(child, 0);
  return `${lines.join('\n')}\n`;
}
