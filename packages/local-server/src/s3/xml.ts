// S3 XML replies built with the AWS SDK's own XML builder (escaping included).
import { XmlNode } from "@aws-sdk/xml-builder";
import type { Reply } from "../http/reply.js";
import { XML_CONTENT_TYPE } from "./errors.js";

export const S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

/** `<Name>value</Name>` children for the defined entries, in order. */
export function element(name: string, children: readonly (XmlNode | undefined)[]): XmlNode {
  const node = new XmlNode(name);
  for (const child of children) if (child !== undefined) node.addChildNode(child);
  return node;
}

export const leaf = (name: string, value: string | number | boolean | undefined): XmlNode | undefined =>
  value === undefined ? undefined : XmlNode.of(name, String(value));

export function xmlReply(root: XmlNode, status = 200, headers: Record<string, string> = {}): Reply {
  root.addAttribute("xmlns", S3_NAMESPACE);
  return { status, headers, text: `<?xml version="1.0" encoding="UTF-8"?>\n${root.toString()}`, contentType: XML_CONTENT_TYPE };
}

/** S3's timestamp format in XML: ISO 8601 with milliseconds. */
export const xmlTime = (iso: string): string => new Date(iso).toISOString();
