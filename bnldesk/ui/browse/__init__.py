"""The main window: navigator, filtered list, search, the detail of the selected object."""
