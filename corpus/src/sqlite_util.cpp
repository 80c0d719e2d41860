#include "sqlite_util.hpp"

#include <cstring>

namespace attune::corpus {

Status SqliteError(sqlite3* db, std::string_view what) {
  return Status::Corruption(std::string(what) + ": " + sqlite3_errmsg(db));
}

std::string OpenFailure(sqlite3* db) {
  if (db == nullptr) return "out of memory";
  int error = sqlite3_system_errno(db);
  return error != 0 ? std::strerror(error) : sqlite3_errmsg(db);
}

Status Stmt::Prepare(sqlite3* db, std::string_view sql, std::string_view what) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_,
                         nullptr) != SQLITE_OK) {
    return SqliteError(db, what);
  }
  return Status::OK();
}

std::string Stmt::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Status Exec(sqlite3* db, const char* sql, std::string_view what) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message =
        std::string(what) + ": " + (error ? error : sqlite3_errmsg(db));
    sqlite3_free(error);
    return Status::Corruption(message);
  }
  return Status::OK();
}

}  // namespace attune::corpus
