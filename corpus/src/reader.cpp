#include "reader.hpp"

#include <algorithm>
#include <tuple>

#include "embedded/embedded.hpp"
#include "query.hpp"
#include "schema.hpp"

namespace attune::corpus {
namespace {

// Columns shared by every hit query: doc, title, heading, ordinal, text,
// snippet, score. Without `snippet` the snippet column is the text: snippet()
// re-reads the text of every matching row before ORDER BY picks the few kept.
std::string HitSelect(bool fts, const std::string& extra_score,
                      bool snippet = true) {
  std::string score = fts ? "-bm25(passages_fts, " +
                                std::to_string(kHeadingWeight) + ", " +
                                std::to_string(kBodyWeight) + ", " +
                                std::to_string(kTagsWeight) + ")"
                          : std::string("0.0");
  return "SELECT d.id, d.title, s.heading, p.ordinal, p.text, " +
         std::string(
             fts && snippet
                 ? "snippet(passages_fts, 1, '**', '**', '\xe2\x80\xa6', 32)"
                 : "p.text") +
         ", " + score + extra_score + " AS score FROM " +
         (fts ? "passages_fts JOIN passages p ON p.id = passages_fts.rowid"
              : "passages p") +
         " JOIN sections s ON s.id = p.section JOIN documents d ON d.id = "
         "s.doc WHERE 1";
}

// A Reader is used by one thread at a time (reader.hpp), so its connection
// needs no mutex of its own: SQLite's serialized mode locked and unlocked one
// on every call, 4% of a turn.
constexpr int kReaderFlags = SQLITE_OPEN_NOMUTEX;

constexpr char kOrder[] =
    " ORDER BY score DESC, d.position, s.ordinal, p.ordinal";

SearchHit ReadHit(const Stmt& stmt) {
  SearchHit hit;
  hit.doc = stmt.Text(0);
  hit.title = stmt.Text(1);
  hit.section = stmt.Text(2);
  hit.passage = static_cast<int>(stmt.Int(3));
  hit.text = stmt.Text(4);
  hit.snippet = stmt.Text(5);
  hit.score = stmt.Double(6);
  return hit;
}

std::vector<std::string> SplitSpaces(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    size_t j = std::min(text.find(' ', i), text.size());
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool Excluded(const std::vector<PassageRef>& exclude, const SearchHit& hit) {
  return std::any_of(
      exclude.begin(), exclude.end(), [&](const PassageRef& ref) {
        return ref.doc == hit.doc && ref.section == hit.section &&
               ref.ordinal == hit.passage;
      });
}

// Resets a cached statement (and clears its bindings) however the caller
// leaves, so the next use starts clean.
class ResetOnExit {
 public:
  explicit ResetOnExit(Stmt* stmt) : stmt_(stmt) {}
  ~ResetOnExit() { stmt_->Reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  Stmt* stmt_;
};

// attune_snippet_quota(): true for as many rows as Reader::snippet_quota_
// says, so that rows read only to settle ties (copies of one passage share a
// score) do not each pay for a snippet.
void TakeSnippetQuota(sqlite3_context* context, int, sqlite3_value**) {
  int* quota = static_cast<int*>(sqlite3_user_data(context));
  sqlite3_result_int(context, *quota > 0 ? 1 : 0);
  if (*quota > 0) --*quota;
}

}  // namespace

Status Reader::Prepared(const std::string& sql, std::string_view what,
                        Stmt** out) {
  std::unique_ptr<Stmt>& cached = statements_[sql];
  if (!cached) {
    auto stmt = std::make_unique<Stmt>();
    if (Status s = stmt->Prepare(db(), sql, what); !s.ok()) {
      statements_.erase(sql);
      return s;
    }
    cached = std::move(stmt);
  }
  *out = cached.get();
  return Status::OK();
}

Status Reader::Open(DbPtr db, std::string_view name,
                    std::unique_ptr<Reader>* out) {
  if (Status s = CheckSchema(db.get(), name); !s.ok()) return s;
  Exec(db.get(), "PRAGMA query_only = 1", name);
  out->reset(new Reader(std::move(db)));
  Reader& reader = **out;
  if (sqlite3_create_function_v2(reader.db(), "attune_snippet_quota", 0,
                                 SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                 &reader.snippet_quota_, TakeSnippetQuota,
                                 nullptr, nullptr, nullptr) != SQLITE_OK) {
    Status s = SqliteError(reader.db(), name);
    out->reset();
    return s;
  }
  return Status::OK();
}

Status Reader::OpenEmbedded(std::unique_ptr<Reader>* out) {
  return OpenImage(embedded::CorpusImage(), out);
}

Status Reader::OpenImage(std::span<const unsigned char> image,
                         std::unique_ptr<Reader>* out) {
  if (image.empty()) return Status::Corruption("the embedded corpus is empty");
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(":memory:", &raw,
                           SQLITE_OPEN_READWRITE | kReaderFlags, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK)
    return Status::Internal("cannot open an in-memory database");
  // READONLY without FREEONCLOSE/RESIZEABLE: SQLite never writes to or frees
  // the image, so the const_cast is sound.
  auto* data = const_cast<unsigned char*>(image.data());
  auto size = static_cast<sqlite3_int64>(image.size());
  if (sqlite3_deserialize(db.get(), "main", data, size, size,
                          SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
    return SqliteError(db.get(), "the embedded corpus");
  }
  return Open(std::move(db), "the embedded corpus", out);
}

namespace {

Status OpenFileReadOnly(const std::string& path, DbPtr* db) {
  if (Status s = CheckDatabaseFile(path); !s.ok()) return s;
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw,
                           SQLITE_OPEN_READONLY | kReaderFlags, nullptr);
  db->reset(raw);
  if (rc != SQLITE_OK) {
    return Status::NotFound(path + ": cannot open the corpus database (" +
                            OpenFailure(raw) + ")");
  }
  return Status::OK();
}

// An import killed mid-way leaves a hot journal, which a read-only connection
// cannot roll back: every read would fail. Rolling it back restores the last
// committed corpus, which is what any writer would do first.
Status RollBackInterruptedImport(const std::string& path, DbPtr* db) {
  if (sqlite3_exec(db->get(), "SELECT count(*) FROM sqlite_schema", nullptr,
                   nullptr, nullptr) == SQLITE_OK ||
      sqlite3_extended_errcode(db->get()) != SQLITE_READONLY_ROLLBACK) {
    return Status::OK();  // nothing to recover; Open reports other problems
  }
  sqlite3* raw = nullptr;
  sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
  DbPtr writer(raw);
  if (sqlite3_exec(writer.get(), "SELECT count(*) FROM sqlite_schema", nullptr,
                   nullptr, nullptr) != SQLITE_OK) {
    return Status::IoError(
        path + ": an interrupted import left " + path +
        "-journal, and rolling it back needs write access to the file and its "
        "folder");
  }
  writer.reset();
  return OpenFileReadOnly(path, db);
}

}  // namespace

Status Reader::OpenFile(const std::string& path, std::unique_ptr<Reader>* out) {
  DbPtr db;
  if (Status s = OpenFileReadOnly(path, &db); !s.ok()) return s;
  if (Status s = RollBackInterruptedImport(path, &db); !s.ok()) return s;
  return Open(std::move(db), path, out);
}

Status Reader::CheckFilters(const SearchOptions& options) {
  if (options.limit < 1)
    return Status::InvalidArgument("the search limit must be at least 1");
  struct Check {
    const std::string& value;
    const char* sql;
    const char* what;
  } checks[] = {
      {options.doc, "SELECT 1 FROM documents WHERE id = ?1", "document"},
      {options.tag, "SELECT 1 FROM section_tags WHERE tag = ?1", "tag"},
  };
  for (const Check& check : checks) {
    if (check.value.empty()) continue;
    Stmt stmt;
    if (Status s = stmt.Prepare(db(), check.sql, "checking the search filters");
        !s.ok()) {
      return s;
    }
    stmt.Bind(1, check.value);
    if (stmt.Step() != SQLITE_ROW) {
      return Status::NotFound("no " + std::string(check.what) + " '" +
                              check.value +
                              "' in the corpus (see `attune corpus list`)");
    }
  }
  return Status::OK();
}

namespace {

std::string Weights() {
  return std::to_string(kHeadingWeight) + ", " + std::to_string(kBodyWeight) +
         ", " + std::to_string(kTagsWeight);
}

// FTS5 hands the matches over in rank order (`ORDER BY rank`), so the joins
// and filters run only for the rows read, not for every match before
// ORDER BY ... LIMIT: that made a search grow with the corpus, 1.31x a bare
// query at 1000x the corpus (bench/README.md). Run reads until `limit` rows
// are kept and the score drops, then orders ties as kOrder does.
std::string RankedSql() {
  return "SELECT d.id, d.title, s.heading, p.ordinal, p.text, CASE WHEN "
         "attune_snippet_quota() THEN snippet(passages_fts, 1, '**', '**', "
         "'\xe2\x80\xa6', 32) END, -bm25(passages_fts, " +
         Weights() +
         ") AS score, d.position, s.ordinal, p.id FROM passages_fts JOIN "
         "passages p ON p.id = passages_fts.rowid JOIN sections s ON s.id = "
         "p.section JOIN documents d ON d.id = s.doc WHERE passages_fts MATCH "
         "?1 AND rank MATCH 'bm25(" +
         Weights() +
         ")' AND (?2 = '' OR d.id = ?2) AND (?3 = '' OR EXISTS(SELECT 1 FROM "
         "section_tags t WHERE t.section = s.id AND t.tag = ?3)) ORDER BY rank";
}

// The snippet of one passage, for rows ranked without one.
constexpr char kSnippetSql[] =
    "SELECT snippet(passages_fts, 1, '**', '**', '\xe2\x80\xa6', 32) FROM "
    "passages_fts WHERE passages_fts MATCH ?1 AND rowid = ?2";

}  // namespace

Status Reader::Run(const std::string& match, const SearchOptions& options,
                   SearchResult* out) {
  if (options.limit < 1) return Status::OK();  // as LIMIT 0 was
  const size_t limit = static_cast<size_t>(options.limit);
  Stmt* stmt = nullptr;
  if (Status s = Prepared(RankedSql(), "searching the corpus", &stmt); !s.ok())
    return s;
  std::vector<RankedRow> rows;
  int rc;
  {
    ResetOnExit reset(stmt);
    stmt->Bind(1, match);
    stmt->Bind(2, options.doc);
    stmt->Bind(3, options.tag);
    snippet_quota_ = options.limit;
    while ((rc = stmt->Step()) == SQLITE_ROW) {
      const double score = stmt->Double(6);
      if (rows.size() >= limit && score < rows[limit - 1].hit.score) break;
      rows.push_back({ReadHit(*stmt), stmt->Int(7), stmt->Int(8), stmt->Int(9),
                      sqlite3_column_type(stmt->get(), 5) != SQLITE_NULL});
    }
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::string message = sqlite3_errmsg(db());
    if (options.fts_syntax && rc == SQLITE_ERROR) {
      return Status::ParseError("query: " + message +
                                " (FTS5 syntax: https://sqlite.org/fts5.html)");
    }
    return Status::Corruption("searching the corpus: " + message);
  }
  std::sort(
      rows.begin(), rows.end(), [](const RankedRow& a, const RankedRow& b) {
        return std::tie(b.hit.score, a.doc_position, a.section_ordinal,
                        a.hit.passage) < std::tie(a.hit.score, b.doc_position,
                                                  b.section_ordinal,
                                                  b.hit.passage);
      });
  if (rows.size() > limit) rows.resize(limit);
  for (RankedRow& row : rows) {
    if (!row.has_snippet) {  // a tie read past the quota
      Stmt* snippet = nullptr;
      if (Status s = Prepared(kSnippetSql, "searching the corpus", &snippet);
          !s.ok()) {
        return s;
      }
      ResetOnExit reset(snippet);
      snippet->Bind(1, match);
      snippet->Bind(2, row.id);
      if (snippet->Step() != SQLITE_ROW)
        return SqliteError(db(), "searching the corpus");
      row.hit.snippet = snippet->Text(0);
    }
    out->hits.push_back(std::move(row.hit));
  }
  return Status::OK();
}

Status Reader::Search(std::string_view query, const SearchOptions& options,
                      SearchResult* out) {
  *out = SearchResult{};
  if (Status s = CheckFilters(options); !s.ok()) return s;
  if (options.fts_syntax) return Run(std::string(query), options, out);
  std::vector<std::string> words = QueryWords(query);
  if (words.empty()) return Status::OK();
  if (Status s = Run(AllOf(words), options, out); !s.ok() || !out->hits.empty())
    return s;
  if (words.size() > 1) {
    if (Status s = Run(AnyOf(words), options, out); !s.ok()) return s;
    if (!out->hits.empty()) {
      out->fallback_note =
          "no passage has all of these words; showing passages with some of "
          "them";
      return Status::OK();
    }
  }
  // Prefixes go through the vocabulary, not FTS5's prefix queries: the porter
  // stemmer would stem the prefix itself ("oxy" becomes "oxi" and misses
  // "oxytocin").
  std::vector<std::string> completions;
  if (Status s = Complete(words, &completions); !s.ok()) return s;
  if (!completions.empty()) {
    if (Status s = Run(AnyOf(completions), options, out); !s.ok()) return s;
  }
  if (!out->hits.empty()) {
    out->fallback_note =
        "no passage has these words; showing words that begin with them";
    return Status::OK();
  }
  return Suggest(words, &out->suggestions);
}

Status Reader::Complete(const std::vector<std::string>& words,
                        std::vector<std::string>* out) {
  Stmt stmt;
  if (Status s = stmt.Prepare(
          db(),
          "SELECT word FROM vocabulary WHERE length(word) > length(?1) AND "
          "substr(word, 1, length(?1)) = ?1 ORDER BY count DESC LIMIT 16",
          "completing words");
      !s.ok()) {
    return s;
  }
  for (const std::string& word : words) {
    if (word.size() < 2) continue;
    stmt.Bind(1, word);
    while (stmt.Step() == SQLITE_ROW) out->push_back(stmt.Text(0));
    stmt.Reset();
  }
  return Status::OK();
}

Status Reader::Suggest(const std::vector<std::string>& words,
                       std::vector<std::string>* out) {
  Stmt stmt;
  if (Status s = stmt.Prepare(db(), "SELECT word, count FROM vocabulary",
                              "suggesting words");
      !s.ok()) {
    return s;
  }
  std::vector<std::pair<std::string, long long>> vocabulary;
  while (stmt.Step() == SQLITE_ROW)
    vocabulary.emplace_back(stmt.Text(0), stmt.Int(1));
  std::vector<std::tuple<int, long long, std::string>>
      ranked;  // distance, -count, word
  for (const std::string& word : words) {
    if (word.size() < 3) continue;
    int limit = word.size() <= 4 ? 1 : 2;
    for (const auto& [candidate, count] : vocabulary) {
      int distance = EditDistance(word, candidate, limit);
      if (distance <= limit) ranked.emplace_back(distance, -count, candidate);
    }
  }
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [distance, count, candidate] : ranked) {
    if (out->size() == 5) break;
    if (std::find(out->begin(), out->end(), candidate) == out->end())
      out->push_back(candidate);
  }
  return Status::OK();
}

Status Reader::Retrieve(const RetrieveRequest& request,
                        std::vector<SearchHit>* out) {
  out->clear();
  if (request.limit < 1)
    return Status::InvalidArgument("the retrieve limit must be at least 1");
  std::string terms;
  for (const std::string& term : request.terms) terms += term + " ";
  std::vector<std::string> words = QueryWords(terms);
  bool fts = !words.empty();
  std::string sql =
      HitSelect(fts,
                " + CASE WHEN s.heading = ?2 THEN " +
                    std::to_string(kPreferSectionBoost) + " ELSE 0 END",
                /*snippet=*/false) +
      " AND p.quotable = 1" + (fts ? " AND passages_fts MATCH ?1" : "");
  for (size_t i = 0; i < request.tags.size(); ++i) {
    sql +=
        " AND EXISTS(SELECT 1 FROM section_tags t WHERE t.section = s.id AND "
        "t.tag = ?" +
        std::to_string(i + 4) + ")";
  }
  sql += std::string(kOrder) + " LIMIT ?3";
  Stmt* stmt = nullptr;
  if (Status s = Prepared(sql, "retrieving passages", &stmt); !s.ok()) return s;
  ResetOnExit reset(stmt);
  if (fts) stmt->Bind(1, AnyOf(words));
  stmt->Bind(2, request.prefer_section);
  stmt->Bind(3, static_cast<long long>(request.limit + request.exclude.size()));
  for (size_t i = 0; i < request.tags.size(); ++i) {
    stmt->Bind(static_cast<int>(i + 4), request.tags[i]);
  }
  int rc;
  while ((rc = stmt->Step()) == SQLITE_ROW &&
         static_cast<int>(out->size()) < request.limit) {
    SearchHit hit = ReadHit(*stmt);
    if (!Excluded(request.exclude, hit)) out->push_back(std::move(hit));
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return SqliteError(db(), "retrieving passages");
  return Status::OK();
}

Status Reader::Passage(const PassageRef& ref, SearchHit* out) {
  Stmt stmt;
  std::string sql = HitSelect(false, "") +
                    " AND d.id = ?1 AND s.heading = ?2 AND p.ordinal = ?3";
  if (Status s = stmt.Prepare(db(), sql, "looking up a passage"); !s.ok())
    return s;
  stmt.Bind(1, ref.doc);
  stmt.Bind(2, ref.section);
  stmt.Bind(3, static_cast<long long>(ref.ordinal));
  if (stmt.Step() != SQLITE_ROW) {
    return Status::NotFound("no passage " + std::to_string(ref.ordinal) +
                            " in section '" + ref.section + "' of document '" +
                            ref.doc + "'");
  }
  *out = ReadHit(stmt);
  return Status::OK();
}

Status Reader::Documents(std::vector<DocumentInfo>* out) {
  out->clear();
  Stmt docs, sections;
  if (Status s = docs.Prepare(
          db(),
          "SELECT id, title, subtitle, author, source FROM documents "
          "ORDER BY position",
          "listing documents");
      !s.ok()) {
    return s;
  }
  if (Status s =
          sections.Prepare(db(),
                           "SELECT s.heading, s.level, (SELECT count(*) FROM "
                           "passages p WHERE p.section = s.id), "
                           "(SELECT group_concat(tag, ' ') FROM section_tags t "
                           "WHERE t.section = s.id AND "
                           "t.kind = 'pattern'), (SELECT group_concat(tag, ' "
                           "') FROM section_tags t WHERE "
                           "t.section = s.id AND t.kind = 'topic') FROM "
                           "sections s WHERE s.doc = ?1 ORDER BY "
                           "s.ordinal",
                           "listing sections");
      !s.ok()) {
    return s;
  }
  while (docs.Step() == SQLITE_ROW) {
    DocumentInfo doc{docs.Text(0), docs.Text(1), docs.Text(2),
                     docs.Text(3), docs.Text(4), {}};
    sections.Bind(1, doc.id);
    while (sections.Step() == SQLITE_ROW) {
      SectionInfo info{sections.Text(0),
                       static_cast<int>(sections.Int(1)),
                       {},
                       {},
                       static_cast<int>(sections.Int(2))};
      info.patterns = SplitSpaces(sections.Text(3));
      info.topics = SplitSpaces(sections.Text(4));
      doc.sections.push_back(std::move(info));
    }
    sections.Reset();
    out->push_back(std::move(doc));
  }
  return Status::OK();
}

}  // namespace attune::corpus
