/**
 * sharedStrings.xml: every text cell refers to its text by index, each distinct text stored once.
 * Text cells are always written this way (t="s"), never as formulas: "=SUM(A1)", "+84…", "- hộ
 * nghèo" or "@x" stay text.
 */
import { textElement } from "./xml-text";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** Each distinct text's `<si>`, in index order. */
  private readonly items: string[] = [];
  private refs = 0;

  /** The index of `text`, added if new. */
  add(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(`<si>${textElement(text)}</si>`);
      this.index.set(text, i);
    }
    return i;
  }

  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.items.length}">` +
      this.items.join("") +
      "</sst>"
    );
  }
}
