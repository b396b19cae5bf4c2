"""Reading input files (specs, keys, rates tables) into the core's validated models."""
