// The project's own checks of the XML add-in manifest: what the XSD cannot see.
// Pure: the manifest text comes in as a string, icon files through the injected `files` reader.
import { child, parseXml, walk, type XmlElement } from "./manifest-xml";

export interface PixelSize {
  width: number;
  height: number;
}

export interface ManifestFiles {
  /**
   * Pixel size of the PNG at this path relative to the served root (e.g. "assets/icon-16.png"),
   * or null when the file does not exist or is not a PNG.
   */
  pngSize(relativePath: string): PixelSize | null;
}

export interface ManifestCheckOptions {
  /** The origin every URL must use, e.g. "https://localhost:3000". Default: the origin of DefaultSettings/SourceLocation. */
  origin?: string;
}

/** Accepted pixel sizes of the add-in's own icons (square). */
const ICON_URL_SIZES = [32, 64];
const HIGH_RESOLUTION_ICON_URL_SIZES = [64, 128];

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const ABSOLUTE_URL = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

type ResourceKind = "image" | "url" | "string";

/** Reads width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): PixelSize | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (type !== "IHDR") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Which kind of resource a `resid` on this element must name. */
function expectedKind(element: XmlElement): ResourceKind {
  if (element.localName === "Image") return "image";
  if (
    ["SourceLocation", "FunctionFile", "LearnMoreUrl", "SupportUrl", "Url"].includes(
      element.localName
    )
  )
    return "url";
  return "string";
}

interface Resource {
  kind: ResourceKind;
  element: XmlElement;
}

function collectResources(root: XmlElement, problems: string[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const { element, ancestors } of walk(root)) {
    if (!ancestors.some((ancestor) => ancestor.localName === "Resources")) continue;
    const parent = ancestors[ancestors.length - 1];
    let kind: ResourceKind | null = null;
    if (element.localName === "Image" && parent.localName === "Images") kind = "image";
    else if (element.localName === "Url" && parent.localName === "Urls") kind = "url";
    else if (
      element.localName === "String" &&
      ["ShortStrings", "LongStrings"].includes(parent.localName)
    )
      kind = "string";
    else if (["ShortString", "LongString"].includes(element.localName)) kind = "string";
    if (!kind) continue;
    const id = element.attributes.id;
    if (!id) {
      problems.push(`A <${element.name}> resource has no id.`);
    } else if (resources.has(id)) {
      problems.push(`Resource id "${id}" is defined twice.`);
    } else {
      resources.set(id, { kind, element });
    }
  }
  return resources;
}

function checkIdentity(root: XmlElement, problems: string[]): void {
  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`<Id> must be a GUID (8-4-4-4-12 hex digits), found "${id}".`);
  const version = child(root, "Version")?.text ?? "";
  if (!VERSION.test(version))
    problems.push(`<Version> must have the form n.n.n.n (four numbers), found "${version}".`);
}

function checkResids(root: XmlElement, resources: Map<string, Resource>, problems: string[]): void {
  for (const { element } of walk(root)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const resource = resources.get(resid);
    const wanted = expectedKind(element);
    if (!resource) {
      problems.push(
        `resid "${resid}" on <${element.name}> names no resource (expected a ${wanted} in <Resources>).`
      );
    } else if (resource.kind !== wanted) {
      problems.push(
        `resid "${resid}" on <${element.name}> names a ${resource.kind} resource, but a ${wanted} is needed.`
      );
    }
  }
}

/** Every string shown to users must have an en-US translation (the default locale is vi-VN). */
function checkTranslations(
  root: XmlElement,
  resources: Map<string, Resource>,
  problems: string[]
): void {
  const localized: XmlElement[] = [child(root, "DisplayName"), child(root, "Description")].filter(
    (element): element is XmlElement => element !== undefined
  );
  for (const resource of resources.values())
    if (resource.kind === "string") localized.push(resource.element);
  for (const element of localized) {
    const hasEnglish = element.children.some(
      (candidate) =>
        candidate.localName === "Override" && candidate.attributes.Locale?.toLowerCase() === "en-us"
    );
    const label = element.attributes.id ? `String "${element.attributes.id}"` : `<${element.name}>`;
    if (!hasEnglish) problems.push(`${label} has no <Override Locale="en-US"> translation.`);
  }
}

interface UrlUse {
  url: string;
  where: string;
}

function collectUrls(root: XmlElement): UrlUse[] {
  const urls: UrlUse[] = [];
  for (const { element, ancestors } of walk(root)) {
    const owner = element.localName === "Override" ? ancestors[ancestors.length - 1] : element;
    const where = owner.attributes.id
      ? `<${owner.name} id="${owner.attributes.id}">`
      : `<${owner.name}>`;
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.attributes[name];
      if (value !== undefined && ABSOLUTE_URL.test(value)) urls.push({ url: value, where });
    }
    if (element.localName === "AppDomain") urls.push({ url: element.text, where });
  }
  return urls;
}

function checkOrigins(
  root: XmlElement,
  options: ManifestCheckOptions,
  problems: string[]
): string | null {
  const source = child(child(root, "DefaultSettings") ?? root, "SourceLocation")?.attributes
    .DefaultValue;
  const origin = options.origin ?? (source ? originOf(source) : null);
  if (!origin) {
    problems.push(
      "Cannot tell the add-in's origin: <DefaultSettings><SourceLocation> has no absolute URL."
    );
    return null;
  }
  if (!origin.startsWith("https://"))
    problems.push(`The add-in's origin must use https, found ${origin}.`);
  for (const { url, where } of collectUrls(root)) {
    const found = originOf(url);
    if (found !== origin)
      problems.push(`${where} uses ${url}, which is not on the add-in's origin ${origin}.`);
  }
  return origin;
}

/** Path of a URL relative to the served root ("https://o/assets/a.png" -> "assets/a.png"). */
function servedPath(url: string): string {
  return decodeURIComponent(new URL(url).pathname).replace(/^\/+/, "");
}

function checkIcon(
  url: string | undefined,
  where: string,
  sizes: number[],
  origin: string,
  files: ManifestFiles,
  problems: string[]
): void {
  if (!url) return;
  if (originOf(url) !== origin) return; // reported by checkOrigins
  const path = servedPath(url);
  if (!path.startsWith("assets/")) {
    problems.push(`${where} icon ${url} is not under assets/.`);
    return;
  }
  const size = files.pngSize(path);
  if (!size) {
    problems.push(`${where} icon ${path} is missing (or not a PNG).`);
    return;
  }
  const fits = size.width === size.height && sizes.includes(size.width);
  if (!fits) {
    const wanted = sizes.map((side) => `${side}x${side}`).join(" or ");
    problems.push(
      `${where} icon ${path} is ${size.width}x${size.height} pixels; it must be ${wanted}.`
    );
  }
}

function checkIcons(
  root: XmlElement,
  resources: Map<string, Resource>,
  origin: string,
  files: ManifestFiles,
  problems: string[]
): void {
  const values = (element: XmlElement | undefined): string[] =>
    element
      ? [
          element.attributes.DefaultValue,
          ...element.children.map((override) => override.attributes.Value),
        ].filter((value): value is string => value !== undefined)
      : [];
  for (const url of values(child(root, "IconUrl")))
    checkIcon(url, "<IconUrl>", ICON_URL_SIZES, origin, files, problems);
  for (const url of values(child(root, "HighResolutionIconUrl"))) {
    checkIcon(
      url,
      "<HighResolutionIconUrl>",
      HIGH_RESOLUTION_ICON_URL_SIZES,
      origin,
      files,
      problems
    );
  }
  // Ribbon icons: the size comes from the <bt:Image size="16" resid="..."> that uses the resource.
  const checked = new Set<string>();
  for (const { element } of walk(root)) {
    if (element.localName !== "Image" || element.attributes.resid === undefined) continue;
    const resource = resources.get(element.attributes.resid);
    const side = Number(element.attributes.size);
    if (!resource || resource.kind !== "image" || !Number.isInteger(side)) continue;
    for (const url of values(resource.element)) {
      const key = `${url}@${side}`;
      if (checked.has(key)) continue;
      checked.add(key);
      checkIcon(
        url,
        `Image "${element.attributes.resid}" (size ${side})`,
        [side],
        origin,
        files,
        problems
      );
    }
  }
  // Image resources no control uses are still served: they must exist.
  for (const [id, resource] of resources) {
    if (resource.kind !== "image") continue;
    for (const url of values(resource.element)) {
      if (originOf(url) !== origin || [...checked].some((key) => key.startsWith(`${url}@`)))
        continue;
      if (!files.pngSize(servedPath(url)))
        problems.push(`Image "${id}" ${servedPath(url)} is missing (or not a PNG).`);
    }
  }
}

/**
 * Checks an XML add-in manifest for what the XSD cannot: resids that name no resource (or the wrong
 * kind), icons missing from assets/ or of the wrong pixel size, URLs off the add-in's origin, the
 * Version and Id formats, and missing en-US translations. Returns the problems; empty when all is well.
 */
export function checkManifest(
  xml: string,
  files: ManifestFiles,
  options: ManifestCheckOptions = {}
): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`The manifest is not well-formed XML: ${(error as Error).message}`];
  }
  if (root.localName !== "OfficeApp")
    return [`The root element must be <OfficeApp>, found <${root.name}>.`];
  const problems: string[] = [];
  checkIdentity(root, problems);
  const resources = collectResources(root, problems);
  checkResids(root, resources, problems);
  checkTranslations(root, resources, problems);
  const origin = checkOrigins(root, options, problems);
  if (origin) checkIcons(root, resources, origin, files, problems);
  return problems;
}
