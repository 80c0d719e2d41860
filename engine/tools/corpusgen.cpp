// Build-time tool: indexes corpus/docs into an SQLite database in memory,
// serialises it and writes a C++ source defining
// attune::embedded::CorpusImage() over the bytes.
//
//   attune_corpusgen DOCS_DIR -o OUT.cpp
//
// The image is one string literal (generated_source.hpp). OUT.cpp is replaced
// only when its content changes, so an unchanged corpus triggers no
// recompilation.
#include <iostream>
#include <string>

#include "generated_source.hpp"
#include "indexer.hpp"

int main(int argc, char** argv) {
  if (argc != 4 || std::string(argv[2]) != "-o") {
    std::cerr << "usage: attune_corpusgen DOCS_DIR -o OUT.cpp\n";
    return 2;
  }
  using namespace attune::corpus;
  std::vector<Document> docs;
  DbPtr db;
  std::string image;
  attune::Status status = LoadDocumentDir(argv[1], &docs);
  if (status.ok()) status = BuildInMemory(docs, &db);
  if (status.ok()) status = SerializeDatabase(db.get(), &image);
  if (!status.ok()) {
    std::cerr << "attune_corpusgen: " << status.message() << "\n";
    return 1;
  }
  const std::string source = attune::tools::ImageSource(
      "attune_corpusgen from corpus/docs", "CorpusImage", image);
  if (!attune::tools::WriteIfChanged(argv[3], source)) {
    std::cerr << "attune_corpusgen: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
