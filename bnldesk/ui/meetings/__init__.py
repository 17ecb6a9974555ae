"""Meetings: the start page, the meetings window with agenda and actions, sharing notes."""
