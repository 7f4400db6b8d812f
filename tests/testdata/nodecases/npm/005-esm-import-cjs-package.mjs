// An ES module imports a CommonJS package from node_modules (p-limit@3) and awaits at top level.
import pLimit from "p-limit"; const l = pLimit(1); console.log(await l(async () => 5));
