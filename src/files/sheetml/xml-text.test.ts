import { textElement, xmlText } from "./xml-text";

describe("xmlText", () => {
  it("escapes the XML specials and drops what XML 1.0 does not allow, as the chart parts do", () => {
    expect(xmlText(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    // C0 controls but tab, line feed and carriage return; DEL; and the non-characters U+FFFE, U+FFFF
    expect(xmlText("x\u0001\u0008\u000b\u001f\u007f\ufffe\uffffy\t\n\r")).toBe("xy\t\n\r");
    expect(xmlText("Thu ngân sách")).toBe("Thu ngân sách");
  });

  it("keeps a cell's spaces at either end and its line breaks", () => {
    expect(textElement(" a")).toBe('<t xml:space="preserve"> a</t>');
    expect(textElement("a\nb")).toBe('<t xml:space="preserve">a\nb</t>');
    expect(textElement("a b")).toBe("<t>a b</t>");
  });
});
