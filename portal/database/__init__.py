"""PostgreSQL that fails fast while the database is down (the ENGINE `portal.database`)."""
