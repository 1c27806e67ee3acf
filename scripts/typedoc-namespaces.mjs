// TypeDoc plugin: entry files carry `@module <import path>` so each section of the API reference
// reads as the package (or subpath) it documents. TypeDoc applies that rename to every namespace
// made from the module too, so provena-sdk's `export * as Auth from "@provena-sdk/auth"` would be
// listed as "@provena-sdk/auth". Namespaces keep the name they are exported under.
import { Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  const exportedAs = new WeakMap();
  // Before TypeDoc's comment plugin renames the reflection, and after it.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Namespace)) exportedAs.set(reflection, reflection.name);
  }, 1000);
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    const name = exportedAs.get(reflection);
    if (name !== undefined) reflection.name = name;
  }, -1000);
}
