"""Views of a document for people: one self-contained HTML page."""

from newsparse.render.html import render_html

__all__ = ["render_html"]
