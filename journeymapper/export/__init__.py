"""Exporters: SVG, PDF and PNG posters painted from the layout, and the action plan as CSV.

Only `qt_painter.py` imports Qt; the rest runs on a headless server. `run.py` is the
driver the CLI and the editor's Export dialog call.
"""
