#include "importers/import_runner_writer.hpp"

#include <algorithm>

namespace causeline::importers {

BatchWriter::BatchWriter(store::Store& store, const Pipeline& pipeline, ImportSummary& summary,
                         Fail fail, size_t max_documents)
    : store_(store),
      pipeline_(pipeline),
      summary_(summary),
      fail_(std::move(fail)),
      max_documents_(std::max<size_t>(1, max_documents)) {}

BatchWriter::~BatchWriter() { store_.rollback_batch(); }

std::optional<std::chrono::steady_clock::time_point> BatchWriter::deadline() const {
  if (!store_.in_batch())
    return std::nullopt;
  return started_ + kMaxBatchAge;
}

store::PutOutcome BatchWriter::write(Item& item) {
  std::optional<store::PutOutcome> outcome;
  if (item.known) {
    outcome = store_.put_if_known(item.rec.doc);
    if (!outcome) {
      extract_now(pipeline_, item);  // the store changed meanwhile
      item.known = false;
    }
  }
  if (!outcome) {
    const auto& events = item.rec.curated ? item.rec.events : item.ex.events;
    const auto& links = item.rec.curated ? item.rec.links : item.ex.links;
    outcome = store_.put(item.rec.doc, events, links);
  }
  return *outcome;
}

void BatchWriter::count(const Pending& p) {
  ++documents_;
  switch (p.outcome) {
    case store::PutOutcome::added:
    case store::PutOutcome::updated: {
      (p.outcome == store::PutOutcome::added ? summary_.added : summary_.updated) += 1;
      const Item& item = p.item;
      const size_t events = item.rec.curated ? item.rec.events.size() : item.ex.events.size();
      summary_.events += events;
      summary_.links += item.rec.curated ? item.rec.links.size() : item.ex.links.size();
      if (item.rec.curated)
        summary_.curated_events += events;
      break;
    }
    case store::PutOutcome::unchanged:
      ++summary_.unchanged;
      break;
    case store::PutOutcome::duplicate:
      ++summary_.unchanged;
      ++summary_.duplicates;
      break;
  }
}

void BatchWriter::add(Item item, const std::string& file) {
  if (!store_.in_batch()) {
    try {
      store_.begin_batch();
    } catch (const std::exception& e) {
      fail_(item.where + ": cannot store document '" + item.rec.doc.id + "': " + e.what(), file);
      return;
    }
    started_ = std::chrono::steady_clock::now();
  }
  pending_.push_back(Pending{std::move(item), file});
  Pending& p = pending_.back();
  try {
    p.outcome = write(p.item);
  } catch (const std::exception&) {
    write_one_by_one();
    return;
  }
  pending_bytes_ += p.item.text_bytes;
  if (pending_.size() >= max_documents_ || pending_bytes_ >= kMaxBatchTextBytes)
    commit();
}

void BatchWriter::commit() {
  if (!store_.in_batch())
    return;
  try {
    store_.commit_batch();
  } catch (const std::exception&) {
    write_one_by_one();
    return;
  }
  for (const Pending& p : pending_) count(p);
  pending_.clear();
  pending_bytes_ = 0;
}

void BatchWriter::write_one_by_one() {
  store_.rollback_batch();
  for (Pending& p : pending_) {
    try {
      p.outcome = write(p.item);
      count(p);
    } catch (const std::exception& e) {
      fail_(p.item.where + ": cannot store document '" + p.item.rec.doc.id + "': " + e.what(),
            p.file);
    }
  }
  pending_.clear();
  pending_bytes_ = 0;
}

}  // namespace causeline::importers
