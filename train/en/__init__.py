"""Training code for warta's English news pipeline (``python -m train.en.build``)."""
