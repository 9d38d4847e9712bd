"""One module per kind of claim (statements, casualties, agreements), plus what they
share: evidence spans and cues (``common``) and which date belongs to a claim (``dating``)."""
