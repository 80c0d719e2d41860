// `attune corpus`: build a corpus database from documents, import into one,
// list one.
#include <iostream>

#include "command.hpp"
#include "indexer.hpp"
#include "reader.hpp"
#include "terminal.hpp"
#include "text_util.hpp"

namespace attune::cli {
namespace {

struct CorpusArgs {
  std::string dir, output;
  std::vector<std::string> files;
  std::function<int()> run;  // the chosen sub-command
};

int Report(const char* command, const Status& status) {
  std::cerr << "attune corpus " << command << ": "
            << SanitizeForTerminal(status.message()) << "\n";
  return kExitDataError;
}

int Build(const CorpusArgs& args) {
  Status status = corpus::BuildDatabaseFile(args.dir, args.output);
  if (!status.ok()) return Report("build", status);
  std::cout << "wrote " << SanitizeForTerminal(args.output) << "\n";
  return kExitOk;
}

int Import(const CorpusArgs& args, const GlobalOptions& global) {
  if (global.corpus_path.empty()) {
    std::cerr << "attune corpus import: give the database with --corpus "
                 "FILE.db (the embedded "
                 "corpus is read-only)\n";
    return kExitUsage;
  }
  Status status = corpus::ImportDocumentFiles(global.corpus_path, args.files);
  if (!status.ok()) return Report("import", status);
  std::cout << "imported " << args.files.size() << " document(s) into "
            << SanitizeForTerminal(global.corpus_path) << "\n";
  return kExitOk;
}

void PrintSection(const corpus::SectionInfo& section) {
  std::string indent(static_cast<size_t>(section.level) * 2, ' ');
  std::cout << indent << SanitizeForTerminal(section.heading) << "  ("
            << section.passages
            << (section.passages == 1 ? " passage" : " passages");
  std::string tags;
  for (const auto* list : {&section.patterns, &section.topics}) {
    for (const std::string& tag : *list) tags += " " + tag;
  }
  if (!tags.empty()) std::cout << ";" << SanitizeForTerminal(tags);
  std::cout << ")\n";
}

int List(const GlobalOptions& global) {
  std::unique_ptr<corpus::Reader> reader;
  Status status = global.corpus_path.empty()
                      ? corpus::Reader::OpenEmbedded(&reader)
                      : corpus::Reader::OpenFile(global.corpus_path, &reader);
  std::vector<corpus::DocumentInfo> docs;
  if (status.ok()) status = reader->Documents(&docs);
  if (!status.ok()) return Report("list", status);
  for (const corpus::DocumentInfo& doc : docs) {
    std::cout << SanitizeForTerminal(doc.id) << "  "
              << SanitizeForTerminal(doc.title) << "\n";
    for (const corpus::SectionInfo& section : doc.sections)
      PrintSection(section);
  }
  return kExitOk;
}

}  // namespace

std::function<int()> SetupCorpus(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<CorpusArgs>();
  app.require_subcommand(1);
  // Lets `--corpus FILE.db` come after the sub-command too.
  app.fallthrough();
  const GlobalOptions* globals = &global;

  CLI::App* build_cmd = app.add_subcommand(
      "build", "index a folder of *.md documents into FILE.db");
  build_cmd->add_option("DIR", args->dir, "folder of corpus documents")
      ->required()
      ->check(CLI::ExistingDirectory);
  build_cmd->add_option("-o,--output", args->output, "the database to write")
      ->required();
  build_cmd->callback([args] {
    // A raw pointer: capturing args in its own member would be a cycle.
    args->run = [a = args.get()] { return Build(*a); };
  });

  CLI::App* import_cmd = app.add_subcommand(
      "import", "add documents to --corpus FILE.db, all or nothing");
  import_cmd->add_option("FILE", args->files, "corpus documents (*.md)")
      ->required()
      ->expected(-1);
  import_cmd->callback([args, globals] {
    args->run = [a = args.get(), globals] { return Import(*a, *globals); };
  });

  CLI::App* list_cmd = app.add_subcommand(
      "list", "show documents (id and title) and their sections");
  list_cmd->callback(
      [args, globals] { args->run = [globals] { return List(*globals); }; });

  for (CLI::App* sub : {build_cmd, import_cmd, list_cmd}) sub->fallthrough();
  app.footer(
      "Exit status: 0 done, 2 bad command line, 3 unusable document or "
      "database (nothing is written then).");
  return [args] { return args->run ? args->run() : kExitUsage; };
}

}  // namespace attune::cli
