"""Demo course content: structure (roles, access, validity, duration) and the text of the four
courses in English, French and Spanish, as plain data for courses/demo.py to load."""
