// The public Session: one conversation over a shared Engine.
#include "respond.hpp"
#include "session_impl.hpp"

namespace attune {

Session::Session(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Session::~Session() = default;

Status Session::Respond(std::string_view text, Reply* reply) {
  TurnResources resources{*impl_->engine->rules, *impl_->reader,
                          impl_->stemmer};
  *reply = RespondTurn(resources, impl_->conversation, text);
  impl_->last_reply = *reply;
  return Status::OK();
}

Status Session::Analyze(std::string_view text, Reply* reply) const {
  Conversation fresh;
  TurnResources resources{*impl_->engine->rules, *impl_->reader,
                          impl_->stemmer};
  *reply = RespondTurn(resources, fresh, text);
  return Status::OK();
}

Status Session::Save(std::string* state_json) const {
  *state_json = impl_->conversation.ToJson();
  return Status::OK();
}

Status Session::Restore(std::string_view state_json) {
  Status status = Conversation::FromJson(state_json, &impl_->conversation);
  if (status.ok()) impl_->last_reply = Reply();
  return status;
}

void Session::Reset() {
  impl_->conversation = Conversation();
  impl_->last_reply = Reply();
}

PatternScores Session::SelfScores() const {
  const Conversation& c = impl_->conversation;
  return c.profile.Scores("self", c.turn);
}

PatternScores Session::PartnerScores() const {
  const Conversation& c = impl_->conversation;
  return c.profile.Scores("partner", c.turn);
}

std::vector<Evidence> Session::AllEvidence() const {
  return impl_->conversation.profile.evidence();
}

const Reply& Session::LastReply() const { return impl_->last_reply; }

Status Session::Search(std::string_view query, const SearchOptions& options,
                       SearchResult* result) {
  return impl_->reader->Search(query, options, result);
}

}  // namespace attune
