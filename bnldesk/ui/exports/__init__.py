"""Briefs (PDF), workbooks (Excel) and reading an edited notes sheet back."""
