// Stage: corpus (SQLite plumbing). Small RAII wrappers over the SQLite C API
// for the corpus code; use attune::corpus::Reader instead.
#ifndef ATTUNE_CORPUS_SQLITE_UTIL_HPP_
#define ATTUNE_CORPUS_SQLITE_UTIL_HPP_

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>

#include "attune/status.hpp"

namespace attune::corpus {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

// A prepared statement; Bind* take 1-based indexes as SQLite does.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // On failure returns an error whose message starts with `what`.
  Status Prepare(sqlite3* db, std::string_view sql, std::string_view what);
  void Bind(int i, std::string_view text) {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
  }
  void Bind(int i, long long value) { sqlite3_bind_int64(stmt_, i, value); }
  void Bind(int i, double value) { sqlite3_bind_double(stmt_, i, value); }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string Text(int column) const;
  long long Int(int column) const {
    return sqlite3_column_int64(stmt_, column);
  }
  double Double(int column) const {
    return sqlite3_column_double(stmt_, column);
  }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Runs SQL with no result rows; the error message starts with `what`.
Status Exec(sqlite3* db, const char* sql, std::string_view what);

// Why sqlite3_open_v2 failed on `db` (which may be null): the system's reason
// when there is one ("Permission denied"), which says more than SQLite's
// "unable to open database file".
std::string OpenFailure(sqlite3* db);

// "what: the SQLite error message".
Status SqliteError(sqlite3* db, std::string_view what);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_SQLITE_UTIL_HPP_
