"""The three seed systems as input files, shipped as the data package pyengine.examples for `pyengine demo`."""
