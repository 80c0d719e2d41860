// The public Engine: opens the corpus and compiles the rules once, then serves
// sessions.
#include <filesystem>

#include "dsl/load.hpp"
#include "engine_impl.hpp"
#include "session_impl.hpp"

namespace attune {

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Status Engine::Impl::OpenReader(std::unique_ptr<corpus::Reader>* out) const {
  if (options.corpus_path.empty()) return corpus::Reader::OpenEmbedded(out);
  return corpus::Reader::OpenFile(options.corpus_path, out);
}

namespace {

Status LoadRules(const Options& options,
                 std::shared_ptr<const RuleSet>* rules) {
  std::vector<dsl::SourceFile> files;
  Status status;
  if (!options.rules_text.empty()) {
    for (const auto& [name, text] : options.rules_text)
      files.push_back({name, text});
  } else if (!options.rules_dir.empty()) {
    status = dsl::ReadFolder(options.rules_dir, &files);
  } else {
    return RuleSet::LoadEmbedded(rules);
  }
  if (!status.ok()) return status;
  return RuleSet::Compile(files, rules);
}

}  // namespace

Status Engine::Open(const Options& options, std::unique_ptr<Engine>* engine) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Status status = LoadRules(options, &impl->rules);
  if (!status.ok()) return status;
  // Opening the corpus once here reports a missing or broken database before
  // any session.
  status = impl->OpenReader(&impl->spare_reader);
  if (!status.ok()) return status;
  engine->reset(new Engine(std::move(impl)));
  return Status::OK();
}

Status Engine::NewSession(std::unique_ptr<Session>* session) const {
  auto impl = std::make_unique<Session::Impl>();
  impl->engine = impl_.get();
  {
    std::lock_guard<std::mutex> lock(impl_->spare_mutex);
    impl->reader = std::move(impl_->spare_reader);
  }
  if (!impl->reader) {
    Status status = impl_->OpenReader(&impl->reader);
    if (!status.ok()) return status;
  }
  session->reset(new Session(std::move(impl)));
  return Status::OK();
}

Status Engine::Search(std::string_view query, const SearchOptions& options,
                      SearchResult* result) const {
  // A connection per call keeps the engine free of shared mutable state.
  std::unique_ptr<corpus::Reader> reader;
  Status status = impl_->OpenReader(&reader);
  if (!status.ok()) return status;
  return reader->Search(query, options, result);
}

}  // namespace attune
