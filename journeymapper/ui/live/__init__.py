"""The editor side of live sessions: hosting and joining dialogs, presence."""
