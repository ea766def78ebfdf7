"""Stage 3, what a measure means: tags with their basis (taxonomy), deadlines and amounts, the
eligibility of a profile for each benefit, the profile file itself, and measures of the same kind."""
