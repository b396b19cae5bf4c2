// Loads Pyodide under Node, installs the xlwings wheel that xlwings Lite installs (a pure-Python wheel,
// unpacked into site-packages), loads the generated main.py and answers one batch request (harness.py).
// Usage: node run_lite.mjs MAIN_PY XLWINGS_WHEEL REQUEST_JSON RESPONSE_JSON
// Python's own output goes to stderr, so that nothing but the response reaches RESPONSE_JSON.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const [mainPy, wheel, requestPath, responsePath] = process.argv.slice(2);
if (!responsePath) {
  console.error("usage: node run_lite.mjs MAIN_PY XLWINGS_WHEEL REQUEST_JSON RESPONSE_JSON");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const t0 = performance.now();
const pyodide = await loadPyodide({ stdout: (line) => console.error(line), stderr: (line) => console.error(line) });
const t1 = performance.now();
pyodide.FS.writeFile("/tmp/xlwings.whl", fs.readFileSync(wheel));
pyodide.runPython(`
import site, zipfile
with zipfile.ZipFile("/tmp/xlwings.whl") as wheel:
    wheel.extractall(site.getsitepackages()[0])
`);
const t2 = performance.now();
pyodide.FS.writeFile("/home/pyodide/main.py", fs.readFileSync(mainPy, "utf8"));
pyodide.runPython(fs.readFileSync(path.join(here, "harness.py"), "utf8"));
const t3 = performance.now();
const request = JSON.parse(fs.readFileSync(requestPath, "utf8"));
const pyRequest = pyodide.toPy(request);  // JS numbers become Python int when whole, as in Excel
// Python's JSON text is kept as it is: a JavaScript round trip would turn 1.0 into 1.
const response = await pyodide.globals.get("run")(pyRequest);
pyRequest.destroy();
// The bench starts from Python lists; in Excel, Lite's own JavaScript first hands Office.js's matrices
// to Python. Its cost, measured here as Pyodide's toPy of the same arguments (median of repeats).
const handover = {};
for (const [kind, spec] of Object.entries(request.bench || {})) {
  const matrices = [[[spec.total]], spec.weights.map((w) => [w]), [[spec.decimals ?? 0]], null];
  const times = [];
  for (let r = 0; r < spec.repeat; r++) {
    const start = performance.now();
    for (let c = 0; c < spec.calls; c++) pyodide.toPy(matrices).destroy();
    times.push((performance.now() - start) / spec.calls / 1000);
  }
  times.sort((a, b) => a - b);
  handover[kind] = times[Math.floor(times.length / 2)];
}
fs.writeFileSync(responsePath, JSON.stringify({
  pyodide_version: pyodide.version,
  load_seconds: (t1 - t0) / 1000,
  install_xlwings_seconds: (t2 - t1) / 1000,
  harness_seconds: (t3 - t2) / 1000,
  handover_median_seconds: handover,
  response,
}));
