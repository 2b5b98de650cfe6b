// Electronegativity parses TypeScript through @typescript-eslint, which needs TypeScript's JS API.
// TypeScript 7 (our compiler) has none, so for that tool alone `typescript` resolves to TypeScript 5.
const Module = require('node:module');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript') request = 'typescript5';
  return original.call(this, request, ...rest);
};
