// The /node subpath. http-core's transport runs unchanged in Node and browsers, so nothing here
// is Node-only yet; the entry exists so that dependants can rely on the subpath.
export {};
