// Python's `repr()` of a str, as upstream's f-strings render `{id=}` (e.g. `id='10378.1/5'`).
export function pythonRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value.replace(/\\/g, "\\\\").replace(quote === "'" ? /'/g : /"/g, `\\${quote}`).replace(/\n/g, "\\n");
  return `${quote}${escaped}${quote}`;
}
