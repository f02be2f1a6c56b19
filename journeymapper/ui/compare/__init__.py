"""Compare mode: the open map against another version, differences on the canvas and in a list."""
