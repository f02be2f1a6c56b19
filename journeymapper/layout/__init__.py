"""The poster layout: fonts and text measurement, themes, the engine and its display list.

Pure Python (reportlab only for font metrics); the Qt canvas, SVG, PDF and PNG all
paint what this package decides. Start at `engine.LayoutEngine`.
"""
