"""The local SQLite database and what is kept in it. Imports the engine, never Qt."""
