"""Connection routing: arrows between cards drawn in the gutters, never through another card."""
