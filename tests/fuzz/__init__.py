"""Fuzzing: the OpenAPI schema and hostile inputs thrown at a live server, and properties of the pure core."""
