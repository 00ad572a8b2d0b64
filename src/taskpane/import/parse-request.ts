/**
 * What the parse worker does with one message, apart from the worker plumbing so it can be tested
 * in Node: read the bytes with readWorkbookBuffer (which already turns bad files into findings)
 * and reply with the source, or with the error message when reading threw anyway.
 */
import { readWorkbookBuffer } from "../../files/read-workbook-buffer";
import type { ParseReply, ParseRequest } from "./types";

export async function handleParseRequest(request: ParseRequest): Promise<ParseReply> {
  try {
    const source = await readWorkbookBuffer(request.bytes, request.name);
    return { id: request.id, name: request.name, source };
  } catch (error) {
    return { id: request.id, name: request.name, error: error instanceof Error ? error.message : String(error) };
  }
}
