#!/usr/bin/env node
// Entry point of the `ulp` command: the compiled CLI (npm ci runs `prepare`, which builds dist/).
import "../dist/cli/main.js";
