import { createFakeExcel } from ".";
import { rootNamespace } from "./custom-xml";

const NS = "urn:example:one";

describe("fake custom XML parts (ExcelApi 1.5)", () => {
  test("add, find by namespace, read, replace and delete, with load/sync rules", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const wb = fake.context.workbook;
    const added = wb.customXmlParts.add(`<?xml version="1.0"?><a xmlns="${NS}">1</a>`);
    wb.customXmlParts.add(`<b xmlns="urn:other">2</b>`);
    added.load("id,namespaceUri");
    await fake.context.sync();
    expect(added.namespaceUri).toBe(NS);
    expect(fake.workbook.customXmlParts().map((p) => p.namespaceUri)).toEqual([NS, "urn:other"]);

    const only = wb.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
    only.load("id");
    const xml = only.getXml();
    expect(() => xml.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.context.sync();
    expect(only.isNullObject).toBe(false);
    expect(only.id).toBe(added.id);
    expect(xml.value).toContain(">1</a>");

    only.setXml(`<a xmlns="${NS}">3</a>`);
    await fake.context.sync();
    expect(fake.workbook.customXmlParts()[0].xml).toBe(`<a xmlns="${NS}">3</a>`);

    only.delete();
    const gone = wb.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
    const count = wb.customXmlParts.getByNamespace("urn:other").getCount();
    await fake.context.sync();
    expect(gone.isNullObject).toBe(true);
    expect(count.value).toBe(1);
  });

  test("getOnlyItemOrNullObject is null with two parts; getOnlyItem fails", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const parts = fake.context.workbook.customXmlParts;
    parts.add(`<a xmlns="${NS}"/>`);
    parts.add(`<a xmlns="${NS}"/>`);
    const scoped = parts.getByNamespace(NS);
    scoped.load("items/id");
    const none = scoped.getOnlyItemOrNullObject();
    await fake.context.sync();
    expect(scoped.items).toHaveLength(2);
    expect(none.isNullObject).toBe(true);
    parts.getByNamespace(NS).getOnlyItem().load("id");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    const byId = parts.getItem(scoped.items[1].id).getXml();
    const missing = parts.getItemOrNullObject("{nope}");
    await fake.context.sync();
    expect(byId.value).toBe(`<a xmlns="${NS}"/>`);
    expect(missing.isNullObject).toBe(true);
    parts.getItem("{nope}").delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("XML without a root element is rejected; older Excel has no custom XML parts", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    fake.context.workbook.customXmlParts.add("just text");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.customXmlParts()).toEqual([]);
    const old = createFakeExcel({ sheets: [{ name: "S", values: [] }] }, { apiVersion: "1.4" });
    expect(() => old.context.workbook.customXmlParts).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });

  test("rootNamespace reads the default or prefixed namespace of the root", () => {
    expect(rootNamespace(`<x:r xmlns:x="urn:p" xmlns="urn:d"><c/></x:r>`)).toBe("urn:p");
    expect(rootNamespace(`<!-- c --><r xmlns='urn:d'/>`)).toBe("urn:d");
    expect(rootNamespace(`<r>t</r>`)).toBe("");
    expect(() => rootNamespace(`<r>unclosed`)).toThrow();
  });
});
