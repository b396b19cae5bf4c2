// Loads Pyodide under Node, installs the stand-in xlwings (harness.py), loads the generated main.py
// and answers one batch request. Usage: node run_lite.mjs MAIN_PY REQUEST_JSON RESPONSE_JSON
// Python's own output goes to stderr, so that nothing but the response reaches RESPONSE_JSON.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const [mainPy, requestPath, responsePath] = process.argv.slice(2);
if (!responsePath) {
  console.error("usage: node run_lite.mjs MAIN_PY REQUEST_JSON RESPONSE_JSON");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const started = performance.now();
const pyodide = await loadPyodide({ stdout: (line) => console.error(line), stderr: (line) => console.error(line) });
const loadSeconds = (performance.now() - started) / 1000;
pyodide.FS.writeFile("/home/pyodide/main.py", fs.readFileSync(mainPy, "utf8"));
pyodide.runPython(fs.readFileSync(path.join(here, "harness.py"), "utf8"));
const request = JSON.parse(fs.readFileSync(requestPath, "utf8"));
const pyRequest = pyodide.toPy(request);  // JS numbers become Python int when whole, as in Excel
// Python's JSON text is kept as it is: a JavaScript round trip would turn 1.0 into 1.
const response = pyodide.globals.get("run")(pyRequest);
pyRequest.destroy();
fs.writeFileSync(responsePath, JSON.stringify({ pyodide_version: pyodide.version, load_seconds: loadSeconds, response }));
