import * as exifrModule from "exifr";

// exifr ships a UMD build for require() (its functions on module.exports, invisible to Node's ESM
// named-export detection) and an ESM build for bundlers (named exports, a default without all of
// them). Whichever build the loader picked, this is the object with every function.
type Exifr = typeof exifrModule;
const candidate = exifrModule as Exifr & { default?: Exifr };
export const exifr: Exifr =
  typeof candidate.sidecar === "function" ? candidate : (candidate.default as Exifr);
