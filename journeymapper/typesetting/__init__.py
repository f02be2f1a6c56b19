"""World text: the bundled font fallback chain, shaping (HarfBuzz) and bidi (python-bidi).

The layout measures with `shaping.shape_line`, and the PDF, SVG and Qt backends draw what
it returns, so a Chinese card, an Arabic title or a "👍" has the same width everywhere.
"""
