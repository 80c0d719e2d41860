#include "indexer.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "passage.hpp"
#include "query.hpp"
#include "schema.hpp"

namespace attune::corpus {
namespace {

namespace fs = std::filesystem;

// Prepared statements for AddDocument, one set per call.
struct Inserts {
  Stmt document, section, tag, passage, fts, word;
  Status Prepare(sqlite3* db) {
    const std::pair<Stmt*, const char*> sql[] = {
        {&document,
         "INSERT INTO documents VALUES(?1, ?2, ?3, ?4, ?5, "
         "(SELECT coalesce(max(position), 0) + 1 FROM documents))"},
        {&section,
         "INSERT INTO sections(doc, ordinal, level, heading) VALUES(?1, ?2, "
         "?3, ?4)"},
        {&tag,
         "INSERT OR IGNORE INTO section_tags(section, kind, tag) "
         "VALUES(?1, ?2, ?3)"},
        {&passage,
         "INSERT INTO passages(section, ordinal, text, quotable) VALUES(?1, "
         "?2, ?3, ?4)"},
        {&fts,
         "INSERT INTO passages_fts(rowid, heading, body, tags) VALUES(?1, ?2, "
         "?3, ?4)"},
        {&word,
         "INSERT INTO vocabulary VALUES(?1, 1) ON CONFLICT(word) DO UPDATE SET "
         "count = count + 1"},
    };
    for (const auto& [stmt, text] : sql) {
      if (Status s = stmt->Prepare(db, text, "preparing the corpus index");
          !s.ok())
        return s;
    }
    return Status::OK();
  }
};

Status Run(sqlite3* db, Stmt& stmt, const std::string& what) {
  int rc = stmt.Step();
  stmt.Reset();
  return rc == SQLITE_DONE ? Status::OK() : SqliteError(db, what);
}

Status AddWords(sqlite3* db, Inserts& ins, const std::string& text,
                const std::string& what) {
  for (const std::string& word : QueryWords(text, static_cast<size_t>(-1))) {
    ins.word.Bind(1, word);
    if (Status s = Run(db, ins.word, what); !s.ok()) return s;
  }
  return Status::OK();
}

Status AddSection(sqlite3* db, Inserts& ins, const Document& doc,
                  const Section& section, int ordinal,
                  const std::string& what) {
  ins.section.Bind(1, doc.id);
  ins.section.Bind(2, static_cast<long long>(ordinal));
  ins.section.Bind(3, static_cast<long long>(section.level));
  ins.section.Bind(4, section.heading);
  if (Status s = Run(db, ins.section, what); !s.ok()) return s;
  long long section_id = sqlite3_last_insert_rowid(db);
  std::string tags;
  for (const auto* list : {&section.patterns, &section.topics}) {
    for (const std::string& tag : *list) {
      ins.tag.Bind(1, section_id);
      ins.tag.Bind(2, list == &section.patterns ? "pattern" : "topic");
      ins.tag.Bind(3, tag);
      if (Status s = Run(db, ins.tag, what); !s.ok()) return s;
      tags += (tags.empty() ? "" : " ") + tag;
    }
  }
  if (Status s = AddWords(db, ins, section.heading, what); !s.ok()) return s;
  long long number = 0;
  for (const PassageText& passage : SplitPassages(section)) {
    ins.passage.Bind(1, section_id);
    ins.passage.Bind(2, ++number);
    ins.passage.Bind(3, passage.text);
    ins.passage.Bind(4, static_cast<long long>(passage.quotable));
    if (Status s = Run(db, ins.passage, what); !s.ok()) return s;
    ins.fts.Bind(1, static_cast<long long>(sqlite3_last_insert_rowid(db)));
    ins.fts.Bind(2, section.heading);
    ins.fts.Bind(3, passage.text);
    ins.fts.Bind(4, tags);
    if (Status s = Run(db, ins.fts, what); !s.ok()) return s;
    if (Status s = AddWords(db, ins, passage.text, what); !s.ok()) return s;
  }
  return Status::OK();
}

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  *out = buffer.str();
  return Status::OK();
}

// SQLite would only fail at the first write, naming a document rather than
// the database; saying why up front is clearer. The transaction still keeps
// the database whole if something else fails later.
Status CheckWritable(sqlite3* db, const std::string& db_path) {
  if (sqlite3_db_readonly(db, "main") == 1) {
    return Status::IoError(db_path +
                           ": the corpus database is read-only; nothing was "
                           "imported");
  }
  fs::path folder = fs::path(db_path).parent_path();
  if (folder.empty()) folder = ".";
  if (access(folder.c_str(), W_OK | X_OK) != 0) {
    return Status::IoError(db_path + ": its folder " + folder.string() +
                           " is read-only, so the import cannot keep a "
                           "rollback journal there; nothing was imported");
  }
  return Status::OK();
}

}  // namespace

Status LoadDocumentFile(const std::string& path, Document* out) {
  std::string text;
  if (Status s = ReadFile(path, &text); !s.ok()) return s;
  return ParseDocument(path, text, out);
}

Status LoadDocumentDir(const std::string& dir, std::vector<Document>* out) {
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".md")
      paths.push_back(entry.path().string());
  }
  if (ec)
    return Status::NotFound(dir + ": cannot read the folder (" + ec.message() +
                            ")");
  if (paths.empty())
    return Status::NotFound(dir + ": no *.md documents in the folder");
  std::sort(paths.begin(), paths.end());
  out->clear();
  for (const std::string& path : paths) {
    out->emplace_back();
    if (Status s = LoadDocumentFile(path, &out->back()); !s.ok()) return s;
  }
  return Status::OK();
}

Status AddDocument(sqlite3* db, const Document& doc, const std::string& name) {
  const std::string what = name + ": adding document '" + doc.id + "'";
  Stmt exists;
  if (Status s =
          exists.Prepare(db, "SELECT 1 FROM documents WHERE id = ?1", what);
      !s.ok()) {
    return s;
  }
  exists.Bind(1, doc.id);
  if (exists.Step() == SQLITE_ROW) {
    return Status::InvalidArgument(name + ": document id '" + doc.id +
                                   "' is already in the corpus");
  }
  Inserts ins;
  if (Status s = ins.Prepare(db); !s.ok()) return s;
  const std::string* fields[] = {&doc.id, &doc.title, &doc.subtitle,
                                 &doc.author, &doc.source};
  for (int i = 0; i < 5; ++i) ins.document.Bind(i + 1, *fields[i]);
  if (Status s = Run(db, ins.document, what); !s.ok()) return s;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    if (Status s = AddSection(db, ins, doc, doc.sections[i],
                              static_cast<int>(i) + 1, what);
        !s.ok()) {
      return s;
    }
  }
  return Status::OK();
}

Status BuildInMemory(const std::vector<Document>& docs, DbPtr* out) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(":memory:", &raw,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK)
    return Status::Internal("cannot open an in-memory database");
  if (Status s = CreateSchema(db.get()); !s.ok()) return s;
  if (Status s = Exec(db.get(), "BEGIN", "building the corpus"); !s.ok())
    return s;
  for (const Document& doc : docs) {
    if (Status s = AddDocument(db.get(), doc, doc.id); !s.ok()) return s;
  }
  // One FTS5 segment and no free pages keep the image small and searches fast.
  if (Status s = Exec(db.get(),
                      "INSERT INTO passages_fts(passages_fts) "
                      "VALUES('optimize'); COMMIT; VACUUM",
                      "building the corpus");
      !s.ok()) {
    return s;
  }
  *out = std::move(db);
  return Status::OK();
}

Status SerializeDatabase(sqlite3* db, std::string* bytes) {
  sqlite3_int64 size = 0;
  unsigned char* data = sqlite3_serialize(db, "main", &size, 0);
  if (data == nullptr) return Status::Internal("sqlite3_serialize failed");
  bytes->assign(reinterpret_cast<const char*>(data), static_cast<size_t>(size));
  sqlite3_free(data);
  return Status::OK();
}

Status BuildDatabaseFile(const std::string& dir, const std::string& path) {
  std::vector<Document> docs;
  if (Status s = LoadDocumentDir(dir, &docs); !s.ok()) return s;
  DbPtr db;
  if (Status s = BuildInMemory(docs, &db); !s.ok()) return s;
  std::string bytes;
  if (Status s = SerializeDatabase(db.get(), &bytes); !s.ok()) return s;
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      std::remove(temp.c_str());
      return Status::IoError(path + ": cannot write the database");
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    std::remove(temp.c_str());
    return Status::IoError(path + ": cannot write the database (" +
                           ec.message() + ")");
  }
  return Status::OK();
}

Status ImportDocumentFiles(const std::string& db_path,
                           const std::vector<std::string>& files) {
  // Parse everything first: a malformed file must not leave a half-written
  // transaction.
  std::vector<Document> docs(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    if (Status s = LoadDocumentFile(files[i], &docs[i]); !s.ok()) return s;
  }
  if (Status s = CheckDatabaseFile(db_path); !s.ok()) return s;
  sqlite3* raw = nullptr;
  int rc =
      sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) {
    return Status::NotFound(db_path + ": cannot open the corpus database (" +
                            OpenFailure(raw) + ")");
  }
  sqlite3_busy_timeout(db.get(), 2000);
  if (Status s = CheckSchema(db.get(), db_path); !s.ok()) return s;
  if (Status s = CheckWritable(db.get(), db_path); !s.ok()) return s;
  if (Status s = Exec(db.get(), "BEGIN IMMEDIATE", db_path); !s.ok()) return s;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (Status s = AddDocument(db.get(), docs[i], files[i]); !s.ok()) {
      Exec(db.get(), "ROLLBACK", db_path);
      return s;
    }
  }
  return Exec(db.get(), "COMMIT", db_path);
}

}  // namespace attune::corpus
