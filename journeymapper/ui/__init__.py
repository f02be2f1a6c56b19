"""The PySide6 editor: window, canvas, panels, dialogs, autosave and file locking.

Only this package (and `qt_*.py` backends) import Qt; the model underneath stays
Qt-free, and every edit made here goes through a model command on the undo stack.
"""
