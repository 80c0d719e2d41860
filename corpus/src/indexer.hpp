// Stage: corpus (indexer). Builds corpus databases from documents; used by
// `attune corpus` and the build-time generator. Readers use
// attune::corpus::Reader.
#ifndef ATTUNE_CORPUS_INDEXER_HPP_
#define ATTUNE_CORPUS_INDEXER_HPP_

#include <string>
#include <vector>

#include "attune/status.hpp"
#include "document.hpp"
#include "sqlite_util.hpp"

namespace attune::corpus {

// Reads and parses one document file.
Status LoadDocumentFile(const std::string& path, Document* out);

// Reads every *.md file of dir, in file-name order. A folder without documents
// is an error.
Status LoadDocumentDir(const std::string& dir, std::vector<Document>* out);

// Adds one document (its sections, tags, passages, index rows and words) to a
// database with the corpus schema. Runs inside the caller's transaction. A
// document id already present is an error; `name` names the document's file in
// messages.
Status AddDocument(sqlite3* db, const Document& doc, const std::string& name);

// A new in-memory database holding the documents, compacted.
Status BuildInMemory(const std::vector<Document>& docs, DbPtr* out);

// The bytes of a database, as sqlite3_serialize gives them.
Status SerializeDatabase(sqlite3* db, std::string* bytes);

// Builds a database file from a folder of documents. The file is written next
// to path and renamed over it, so a failed build leaves any earlier file
// unchanged.
Status BuildDatabaseFile(const std::string& dir, const std::string& path);

// Adds document files to an existing corpus database in one transaction: either
// every file is added or, on the first error (unreadable, malformed, duplicate
// id), none is.
Status ImportDocumentFiles(const std::string& db_path,
                           const std::vector<std::string>& files);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_INDEXER_HPP_
