#include "schema.hpp"

#include <filesystem>
#include <string>

#include "sqlite_util.hpp"

namespace attune::corpus {
namespace {

// passages_fts.rowid is passages.id; its tags column repeats the section's tags
// as words.
constexpr char kSchema[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id TEXT PRIMARY KEY, title TEXT NOT NULL, subtitle TEXT NOT NULL, author TEXT NOT NULL,
  source TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE sections(
  id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), ordinal INTEGER NOT NULL,
  level INTEGER NOT NULL, heading TEXT NOT NULL, UNIQUE(doc, ordinal), UNIQUE(doc, heading));
-- Key columns first: SQLite 3.40's integrity_check wrongly reports NULLs in a
-- NOT NULL column declared before a key column of a WITHOUT ROWID table.
CREATE TABLE section_tags(
  section INTEGER NOT NULL REFERENCES sections(id), tag TEXT NOT NULL, kind TEXT NOT NULL,
  PRIMARY KEY(section, tag)) WITHOUT ROWID;
CREATE INDEX section_tags_by_tag ON section_tags(tag);
CREATE TABLE passages(
  id INTEGER PRIMARY KEY, section INTEGER NOT NULL REFERENCES sections(id),
  ordinal INTEGER NOT NULL, text TEXT NOT NULL, quotable INTEGER NOT NULL,
  UNIQUE(section, ordinal));
CREATE VIRTUAL TABLE passages_fts USING fts5(heading, body, tags, tokenize='porter unicode61');
CREATE TABLE vocabulary(word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
)sql";

}  // namespace

Status CreateSchema(sqlite3* db) {
  if (Status s = Exec(db, kSchema, "creating the corpus tables"); !s.ok())
    return s;
  Stmt meta;
  if (Status s = meta.Prepare(db, "INSERT INTO meta VALUES('format', ?1)",
                              "writing meta");
      !s.ok()) {
    return s;
  }
  meta.Bind(1, kFormat);
  if (meta.Step() != SQLITE_DONE) return SqliteError(db, "writing meta");
  return Status::OK();
}

Status CheckSchema(sqlite3* db, std::string_view name) {
  Stmt meta;
  std::string what = std::string(name) + ": not an attune corpus database";
  Status prepared =
      meta.Prepare(db, "SELECT value FROM meta WHERE key = 'format'", what);
  int rc = prepared.ok() ? meta.Step() : SQLITE_ERROR;
  if (rc != SQLITE_ROW) {
    // SQLite's reason tells an empty or foreign file from a truncated one.
    std::string reason =
        rc == SQLITE_DONE ? "it has no format record" : sqlite3_errmsg(db);
    return Status::Corruption(
        what + " (" + reason +
        "); build one with `attune corpus build DIR -o FILE.db`");
  }
  if (meta.Text(0) != kFormat) {
    return Status::Corruption(std::string(name) + ": corpus format '" +
                              meta.Text(0) + "' is not '" +
                              std::string(kFormat) + "'; rebuild it");
  }
  return Status::OK();
}

Status CheckDatabaseFile(const std::string& path) {
  std::error_code ec;
  auto type = std::filesystem::status(path, ec).type();
  if (type == std::filesystem::file_type::not_found)
    return Status::NotFound(path + ": no such corpus database");
  if (type == std::filesystem::file_type::directory) {
    return Status::InvalidArgument(
        path +
        ": is a folder, not a corpus database (build one with `attune "
        "corpus build DIR -o FILE.db`)");
  }
  if (ec) return Status::IoError(path + ": " + ec.message());
  return Status::OK();
}

}  // namespace attune::corpus
