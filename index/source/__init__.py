"""Stage 1, source → measures: read a document in any format (readers/), decode and clean its text,
tokenise its headings, items and responsibility lines, rebuild its structure (or reassemble a scrambled
one through the reviewed corrections), read its metadata, and flag what the collected text lost."""
