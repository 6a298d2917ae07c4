-- Custom SQL migration file, put your code below! --
-- pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+), so the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
