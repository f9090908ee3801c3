// Loaded with `node --require` before lit-analyzer (scripts/lit-analyzer.cjs): lit-analyzer needs
// the `typescript` package's JavaScript API, which TypeScript 7 (the native compiler the project
// type-checks with) no longer has, so its `require('typescript')` gets TypeScript 5.9, installed
// as `typescript-5`.
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? 'typescript-5' : request, ...rest);
};
