// Language-level names that belong to no mathematical area: the boolean constants.
import { defineNamedValues } from "../registry.js";
import { TRUE, FALSE } from "../value.js";

defineNamedValues([
  { name: "true", area: "Logic", doc: "The boolean true (comparisons return booleans; `if` and `and`/`or`/`not` take them).", get: () => TRUE },
  { name: "false", area: "Logic", doc: "The boolean false.", get: () => FALSE },
]);
