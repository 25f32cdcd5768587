"""API routes, one module per resource, plus the dashboard pages."""
