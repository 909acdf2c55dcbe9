"""Workshop templates (TOML), one per file, read by facilitator.templates."""
