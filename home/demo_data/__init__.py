"""Demo guidance content of the awareness site, one module per language, read by home.demo."""
