/**
 * Requirement sets, enforced mechanically. api-sets.json is generated from @types/office-js by
 * scripts/gen-excel-api-sets.ts (member → the ExcelApi set its doc comment names). `enforceApiSets`
 * wraps every getter, setter and method a fake class offers so that using it on a fake playing an
 * older ExcelApi throws ApiNotFound, and `checkLoad` does the same for loading a scalar property.
 * A member the fake offers that the table does not know is a fake bug, reported when the module loads.
 */
import table from "./api-sets.json";
import { officeError } from "./errors";

const MEMBERS: Readonly<Record<string, string>> = table.members;

export function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb = 0] = have.split(".").map(Number);
  const [wa, wb = 0] = want.split(".").map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

/** The newest ExcelApi set any member of the installed types needs ("1.21" with @types/office-js 1.0.612). */
export const NEWEST_EXCEL_API: string = Object.values(MEMBERS)
  .filter((v) => /^\d+\.\d+$/.test(v))
  .reduce((a, b) => (versionAtLeast(a, b) ? a : b), "1.1");

/** The set a member needs ("1.9", or e.g. "ExcelApiOnline 1.1"), undefined when the types have no such member. */
export function apiSetOf(excelClass: string, member: string): string | undefined {
  return MEMBERS[`${excelClass}.${member}`];
}

/** Whether a fake playing ExcelApi `apiVersion` offers a member of set `set` (only plain ExcelApi sets are played). */
export function setSupported(apiVersion: string, set: string): boolean {
  return /^\d+\.\d+$/.test(set) && versionAtLeast(apiVersion, set);
}

interface HasContext {
  ctx: { limits: { apiVersion: string } };
}

function requireSet(self: unknown, excelClass: string, member: string, set: string): void {
  const version = (self as HasContext).ctx.limits.apiVersion;
  if (!setSupported(version, set))
    throw officeError("ApiNotFound", `${excelClass}.${member} needs ExcelApi ${set}; this fake is ${version}`);
}

const EXCEL_CLASS = new WeakMap<object, string>();

/** Names on fake prototypes that are the fake's own machinery, not Office.js members. */
const INTERNAL = new Set([
  "constructor",
  "readScalar",
  "child",
  "members",
  "bindTo",
  "bindAdd",
  "setTarget",
  "snapshot",
  "target",
  "targetIsNull",
  "derived",
  "setFont",
  "setBorder",
  "getItemAtNow",
  "matching",
  "get",
  "queue",
]);

/**
 * Wraps each own getter, setter and method of `ctor.prototype` with the check of its requirement set.
 * `excelClass` is the Office.js class it stands for ("Range", "WorksheetFreezePanes", …).
 */
export function enforceApiSets(ctor: { prototype: object; name: string }, excelClass: string): void {
  EXCEL_CLASS.set(ctor.prototype, excelClass);
  const proto = ctor.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (INTERNAL.has(name)) continue;
    const set = apiSetOf(excelClass, name);
    if (set === undefined)
      throw new Error(`excel-fake: ${ctor.name}.${name} is not a member of Excel.${excelClass} in @types/office-js`);
    const d = Object.getOwnPropertyDescriptor(proto, name) as PropertyDescriptor;
    const wrapped: PropertyDescriptor = { configurable: true, enumerable: d.enumerable };
    if (d.get) {
      const get = d.get;
      wrapped.get = function (this: unknown) {
        requireSet(this, excelClass, name, set);
        return get.call(this);
      };
    }
    if (d.set) {
      const setter = d.set;
      const writeSet = apiSetOf(excelClass, `${name}=`) ?? set;
      wrapped.set = function (this: unknown, v: unknown) {
        requireSet(this, excelClass, name, writeSet);
        setter.call(this, v);
      };
    }
    if (typeof d.value === "function") {
      const method = d.value as (...args: unknown[]) => unknown;
      wrapped.writable = true;
      wrapped.value = function (this: unknown, ...args: unknown[]) {
        requireSet(this, excelClass, name, set);
        return method.apply(this, args);
      };
    }
    Object.defineProperty(proto, name, wrapped);
  }
}

/** Loading `property` of a fake object: ApiNotFound when the property's set is above the fake's. */
export function checkLoad(object: object, property: string, apiVersion: string): void {
  const excelClass = EXCEL_CLASS.get(Object.getPrototypeOf(object) as object);
  if (!excelClass) return;
  const set = apiSetOf(excelClass, property);
  if (set === undefined) throw officeError("InvalidArgument", `Excel.${excelClass} has no property '${property}'`);
  if (!setSupported(apiVersion, set))
    throw officeError(
      "ApiNotFound",
      `loading ${excelClass}.${property} needs ExcelApi ${set}; this fake is ${apiVersion}`,
    );
}

/** The Office.js class a fake object stands for (tests of the enforcement). */
export function excelClassOf(object: object): string | undefined {
  return EXCEL_CLASS.get(Object.getPrototypeOf(object) as object);
}
