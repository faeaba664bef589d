/**
 * Where the data lives: an embedded PostgreSQL in a persistent directory when no external database is
 * configured, and clear startup failures when the database or the data directory cannot be used.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.nhiemvu.database;
