// Stage: corpus (retrieval). The read side of a corpus database: search,
// retrieval for the reply builder, passage lookup and listing. The public entry
// point is attune::Engine::Search; the command line and the reply stage use
// this class directly.
#ifndef ATTUNE_CORPUS_READER_HPP_
#define ATTUNE_CORPUS_READER_HPP_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attune/attune.hpp"
#include "sqlite_util.hpp"

namespace attune::corpus {

struct PassageRef {
  std::string doc, section;
  int ordinal = 0;
};

struct RetrieveRequest {
  std::vector<std::string>
      terms;  // words to rank by (plain words, never FTS syntax)
  std::vector<std::string>
      tags;                    // the passage's section must carry all of these
  std::string prefer_section;  // heading to boost (not a filter)
  std::vector<PassageRef>
      exclude;  // passages already used in this conversation
  int limit = 5;
};

// Added to the score of passages in RetrieveRequest::prefer_section; about what
// one more matching word in a heading is worth, so the preferred section wins
// among comparable hits.
inline constexpr double kPreferSectionBoost = 5.0;

struct SectionInfo {
  std::string heading;
  int level = 2;
  std::vector<std::string> patterns, topics;
  int passages = 0;
};

struct DocumentInfo {
  std::string id, title, subtitle, author, source;
  std::vector<SectionInfo> sections;
};

// One read-only connection to a corpus database. Not thread-safe: one per
// Session (the Engine makes its own per call). The embedded image outlives
// every Reader (it is static data).
class Reader {
 public:
  // The corpus compiled into the library.
  static Status OpenEmbedded(std::unique_ptr<Reader>* out);
  // A database image in memory; REQUIRES: image outlives the Reader.
  static Status OpenImage(std::span<const unsigned char> image,
                          std::unique_ptr<Reader>* out);
  // A database file, read-only; a missing file is kNotFound, never created.
  // If an import into it was killed mid-way, first rolls that import back
  // through a brief read-write connection (kIoError when it cannot).
  static Status OpenFile(const std::string& path, std::unique_ptr<Reader>* out);

  // Ranked passages for a query (see SearchOptions). Plain text is searched as
  // words; when they find nothing together, fewer words and then prefixes are
  // tried (fallback_note says so); when nothing matches, suggestions holds
  // corpus words close to the query's. An unknown options.doc or options.tag is
  // kNotFound; an FTS5 syntax error (fts_syntax) is kParseError.
  Status Search(std::string_view query, const SearchOptions& options,
                SearchResult* out);

  // Quotable passages for the reply builder (snippet = text: the reply quotes
  // whole passages), best first, skipping
  // request.exclude. With no words in terms, passages of the tagged sections in
  // document order.
  Status Retrieve(const RetrieveRequest& request, std::vector<SearchHit>* out);

  // One passage by reference (snippet = text, score = 0); kNotFound when there
  // is none.
  Status Passage(const PassageRef& ref, SearchHit* out);

  // Every document with its sections, in corpus order.
  Status Documents(std::vector<DocumentInfo>* out);

  sqlite3* db() const { return db_.get(); }

 private:
  explicit Reader(DbPtr db) : db_(std::move(db)) {}
  static Status Open(DbPtr db, std::string_view name,
                     std::unique_ptr<Reader>* out);
  Status CheckFilters(const SearchOptions& options);
  // A search hit with the columns its ties are ordered by.
  struct RankedRow {
    SearchHit hit;
    long long doc_position, section_ordinal, id;
    bool has_snippet;
  };
  Status Run(const std::string& match, const SearchOptions& options,
             SearchResult* out);
  Status Complete(const std::vector<std::string>& words,
                  std::vector<std::string>* out);
  Status Suggest(const std::vector<std::string>& words,
                 std::vector<std::string>* out);

  // The statement for sql, prepared on first use and kept: preparing the hit
  // query cost a third of a search (bench/README.md). The caller resets it.
  Status Prepared(const std::string& sql, std::string_view what, Stmt** out);

  DbPtr db_;
  int snippet_quota_ = 0;  // rows of this search that still get a snippet
  // Declared after db_, so the statements are finalized before it closes.
  std::unordered_map<std::string, std::unique_ptr<Stmt>> statements_;
};

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_READER_HPP_
