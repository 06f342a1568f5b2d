/** parseUrl(): a URL's parts become fields named after the input field. */
import { mapStage } from "../../engine/pipeline.js";
import { fieldName } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface ParseUrlArgs {
  field: string;
  as?: string;
}

/** The generic URI layout of RFC 3986, appendix B. */
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;

export const parseUrl: FunctionDefinition<ParseUrlArgs> = {
  name: "parseUrl",
  kind: "transformation",
  docsPage: "functions-parseurl",
  summary: "Splits a URL into <prefix>.scheme, .username, .password, .host, .port, .path, .query and .fragment.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("url"), description: "The field holding the URL." },
    as: { type: "field", schema: fieldName().optional(), description: "The prefix of the output fields; the input field's name by default." },
  },
  compile(args) {
    const field = args.field;
    const prefix = args.as ?? field;

    return {
      stage: mapStage((event) => {
        const url = event.get(field);
        const parts = url === undefined ? null : urlParts(url);
        for (const [name, value] of parts ?? []) {
          event.set(`${prefix}.${name}`, value);
        }
      }),
      reads: new Set([field]),
    };
  },
};

/** Splits a URL into the parts it has, in order; returns null for text that is no URL. */
export function urlParts(url: string): [string, string][] | null {
  const match = URI.exec(url);
  if (match === null) {
    return null;
  }

  const [, scheme, authority, path, query, fragment] = match;
  const parts: [string, string][] = [];
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== "") {
      parts.push([name, value]);
    }
  };

  add("scheme", scheme);
  if (authority !== undefined) {
    addAuthority(authority, add);
  }
  add("path", path);
  add("query", query);
  add("fragment", fragment);
  return parts;
}

function addAuthority(authority: string, add: (name: string, value: string | undefined) => void): void {
  const at = authority.lastIndexOf("@");
  const userInfo = at === -1 ? undefined : authority.slice(0, at);
  const hostPort = at === -1 ? authority : authority.slice(at + 1);

  if (userInfo !== undefined) {
    const colon = userInfo.indexOf(":");
    add("username", colon === -1 ? userInfo : userInfo.slice(0, colon));
    add("password", colon === -1 ? undefined : userInfo.slice(colon + 1));
  }

  // An IPv6 host is written in brackets: [::1]:8080.
  const hostMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  add("host", hostMatch?.[1] ?? hostPort);
  add("port", hostMatch?.[2]);
}
