"""Reports: findings and claims -> markdown pages (`findings.json` is written by the pipeline)."""

from .markdown import escape_cell, link, render_reports

__all__ = ["escape_cell", "link", "render_reports"]
