"""Every change a person can make to a session, one module per domain (no Qt)."""
