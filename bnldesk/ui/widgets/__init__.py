"""Widgets and helpers several screens share (dates, colours, screen fit, drag and drop)."""
