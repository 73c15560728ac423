// Runs the compiled `hostile.ts` (tests/typescript.rs): each constant's
// value is its code, and the object keeps Object's prototype.
const assert = require("node:assert/strict");
const module_ = require(process.argv[2]);
const codes = module_.HostilecataloguewithalinebreakCode;
assert.equal(codes.__proto__, 1);
assert.equal(Object.getPrototypeOf(codes), Object.prototype);
assert.deepEqual(Object.keys(codes), ["__proto__", "constructor", "toString"]);
assert.equal(codes.constructor, 2);
assert.equal(codes.toString, 3);
const entries = module_.HostilecataloguewithalinebreakEntries;
assert.equal(entries["1"].symbol, "__proto__");
// Every number constant is a JavaScript integer; the codes beyond them are
// apart, as digits, each its own BigInt.
for (const code of Object.values(codes)) assert.ok(Number.isSafeInteger(code), code);
const wide = Object.values(module_.HostilecataloguewithalinebreakWideCode);
assert.deepEqual(wide, ["-9007199254740993", "9007199254740992", "9007199254740993"]);
assert.equal(new Set(wide.map(BigInt)).size, 3);
assert.equal(new Set(wide.map(Number)).size, 2); // what JSON.parse would make of them
console.log("hostile.ts: every constant is its code");
