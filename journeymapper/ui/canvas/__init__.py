"""The map canvas: a QGraphicsScene of dumb group painters fed by the layout engine."""
