"""The notes editor, its undoable commands, and conflicts between laptops."""
