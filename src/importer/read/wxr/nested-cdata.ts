/**
 * WordPress before 3.x wrote post content and meta values into CDATA without
 * escaping a `]]>` inside them, so a post that held a CDATA section (or just
 * the text `]]>`) made the file not well-formed XML:
 * `<![CDATA[a <![CDATA[b]]> c]]>`. WordPress's own importer reads such files
 * with regular expressions, taking a section to run to the `]]>` before the
 * next tag. We repair them on the way into the XML parser by the same rule:
 * inside CDATA, a `]]>` that is not followed by a tag is text, and is split
 * so it stays text (`]]]]><![CDATA[>`); a `<![CDATA[` inside is text anyway.
 *
 * Works on a stream of chunks: a marker cut between two chunks is held back.
 */
const OPEN = '<![CDATA[';
const CLOSE = ']]>';

export class NestedCdataRepair {
  private inside = false;
  private pending = '';

  push(chunk: string): string {
    const text = this.pending + chunk;
    let out = '';
    let at = 0;
    let holdFrom = -1;
    for (;;) {
      if (!this.inside) {
        const open = text.indexOf(OPEN, at);
        if (open < 0) break;
        out += text.slice(at, open + OPEN.length);
        at = open + OPEN.length;
        this.inside = true;
        continue;
      }
      const close = text.indexOf(CLOSE, at);
      if (close < 0) break;
      const after = /\S/.exec(text.slice(close + CLOSE.length));
      if (!after) {
        // What follows the `]]>` is in the next chunk: decide then.
        holdFrom = close;
        break;
      }
      out += text.slice(at, close);
      if (after[0] === '<') {
        out += CLOSE;
        this.inside = false;
      } else out += ']]]]><![CDATA[>';
      at = close + CLOSE.length;
    }
    if (holdFrom >= 0) {
      out += text.slice(at, holdFrom);
      this.pending = text.slice(holdFrom);
      return out;
    }
    // Hold back what could be the start of a marker cut by the chunk boundary.
    const keep = Math.min(OPEN.length - 1, text.length - at);
    this.pending = text.slice(text.length - keep);
    return out + text.slice(at, text.length - keep);
  }

  end(): string {
    const rest = this.pending;
    this.pending = '';
    return rest;
  }
}
