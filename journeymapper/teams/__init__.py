"""Working as a team: semantic diff, three-way merge, git integration."""
