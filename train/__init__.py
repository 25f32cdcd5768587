"""Training recipes for warta's statistical models (not part of the installed package)."""
