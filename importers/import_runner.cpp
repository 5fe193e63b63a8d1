#include "importers/import_runner.hpp"

#include <condition_variable>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "core/store/checkpointer.hpp"
#include "importers/import_progress.hpp"
#include "importers/import_runner_writer.hpp"
#include "importers/import_units.hpp"
#include "importers/input_walker.hpp"
#include "importers/readers/reader.hpp"

namespace causeline::importers {
namespace {

constexpr uint64_t kMaxBytesInFlight = 64u << 20;

/// The window between the producer (walking and reading inputs), the workers and the writer.
/// The writer takes results in input order, so a slow unit holds back those after it: the window
/// leaves the other workers eight units each to go on with meanwhile.
class Window {
 public:
  explicit Window(unsigned jobs) : max_units_(8 * jobs + 8) {}

  /// Producer: waits for room, then queues the unit. Units get consecutive sequence numbers.
  void push(Unit u) {
    std::unique_lock lock(m_);
    space_.wait(lock, [&] {
      return in_flight_ == 0 ||
             (in_flight_ < max_units_ && bytes_ + u.bytes.size() <= kMaxBytesInFlight);
    });
    u.seq = produced_++;
    ++in_flight_;
    bytes_ += u.bytes.size();
    todo_.push_back(std::move(u));
    work_.notify_one();
  }
  void finish_producing() {
    std::lock_guard lock(m_);
    producing_ = false;
    work_.notify_all();
    done_.notify_all();
  }
  /// Worker: the next unit, or false when there will be none.
  bool take(Unit& u) {
    std::unique_lock lock(m_);
    work_.wait(lock, [&] { return !todo_.empty() || !producing_; });
    if (todo_.empty())
      return false;
    u = std::move(todo_.front());
    todo_.pop_front();
    return true;
  }
  void complete(uint64_t seq, Done d) {
    std::lock_guard lock(m_);
    finished_.emplace(seq, std::move(d));
    done_.notify_all();
  }
  enum class Next { done, timeout, end };
  /// Writer: the results of the next unit in input order; `timeout` when `deadline` passes first
  /// (nullopt: wait as long as it takes); `end` when every unit was written.
  Next next_done(Done& d, uint64_t& unit_bytes,
                 std::optional<std::chrono::steady_clock::time_point> deadline) {
    std::unique_lock lock(m_);
    auto ready = [&] {
      return finished_.count(written_) || (!producing_ && written_ == produced_);
    };
    if (deadline) {
      if (!done_.wait_until(lock, *deadline, ready))
        return Next::timeout;
    } else {
      done_.wait(lock, ready);
    }
    auto it = finished_.find(written_);
    if (it == finished_.end())
      return Next::end;
    d = std::move(it->second);
    unit_bytes = d.unit_bytes;
    finished_.erase(it);
    ++written_;
    return Next::done;
  }
  void release(uint64_t unit_bytes) {
    std::lock_guard lock(m_);
    --in_flight_;
    bytes_ -= unit_bytes;
    space_.notify_all();
  }

 private:
  std::mutex m_;
  std::condition_variable space_, work_, done_;
  const size_t max_units_;
  size_t in_flight_ = 0;
  uint64_t bytes_ = 0;
  uint64_t produced_ = 0, written_ = 0;
  bool producing_ = true;
  std::deque<Unit> todo_;
  std::map<uint64_t, Done> finished_;
};

}  // namespace

std::vector<std::filesystem::path> expand_inputs(std::span<const std::filesystem::path> inputs,
                                                 std::vector<std::string>& errors) {
  std::vector<std::filesystem::path> files;
  InputWalker w(inputs);
  std::string error;
  for (;;) {
    auto p = w.next(error);
    if (p) {
      files.push_back(*p);
    } else if (!error.empty()) {
      errors.push_back(error);
    } else {
      break;
    }
  }
  return files;
}

ImportSummary import_inputs(store::Store& store, const Pipeline& pipeline,
                            std::span<const std::filesystem::path> inputs, std::ostream& err,
                            const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const unsigned jobs = std::max(1u, options.jobs);
  ImportSummary summary;
  Progress progress(err, options.progress, options.progress ? total_input_bytes(inputs) : 0);
  auto fail = [&](const std::string& message, std::string_view file) {
    ++summary.failed;
    summary.errors.push_back(message);
    ++summary.reasons[failure_reason(message, file)];
    progress.clear();
    err << "causeline: error: " << message << '\n';
  };

  // The writer commits often (by default each document): checkpoints run beside it.
  std::optional<store::Checkpointer> checkpointer;
  try {
    checkpointer.emplace(store.database(), store::Store::kWalCheckpointPages);
  } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): SQLite checkpoints itself
  }
  Window window(jobs);
  std::istream& in = options.in ? *options.in : std::cin;
  std::thread producer([&] {
    produce_units(inputs, in, [&](Unit u) { window.push(std::move(u)); });
    window.finish_producing();
  });
  // Workers look documents up to skip extracting what is stored already; in a store that was
  // empty when the import began, a hit can only be a repeat within this import, which put() finds
  // unchanged or duplicate all the same, so the lookup per document is not worth its cost.
  std::filesystem::path lookup_db = options.lookup_db;
  if (!lookup_db.empty()) {
    try {
      if (store.empty())
        lookup_db.clear();
    } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): keep looking up
    }
  }
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      UnitProcessor proc(pipeline, lookup_db);
      Unit u;
      while (window.take(u)) {
        const uint64_t seq = u.seq;
        window.complete(seq, proc.run(std::move(u)));
      }
    });
  }

  // Foreign keys are kept by put() instead of a lookup per event and three per link (the writer
  // is the import's narrowest stage); made before the writer, ended after its last rollback.
  std::optional<store::Store::OwnForeignKeys> own_foreign_keys;
  try {
    own_foreign_keys.emplace(store);
  } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): SQLite keeps checking them
  }
  // Errors are reported as the writer meets them; documents are counted once committed.
  BatchWriter writer(
      store, pipeline, summary,
      [&](const std::string& message, const std::string& file) { fail(message, file); },
      options.documents_per_commit);
  Done d;
  uint64_t unit_bytes = 0;
  for (;;) {
    const auto next = window.next_done(d, unit_bytes, writer.deadline());
    if (next == Window::Next::timeout) {
      writer.commit();
      progress.update(writer.documents(), summary.input_bytes);
      continue;
    }
    if (next == Window::Next::end)
      break;
    summary.input_bytes += d.input_bytes;
    for (Item& item : d.items) {
      if (!item.error.empty()) {
        fail(item.error, d.file);
        continue;
      }
      summary.text_bytes += item.text_bytes;
      writer.add(std::move(item), d.file);
    }
    d.items.clear();
    window.release(unit_bytes);
    progress.update(writer.documents(), summary.input_bytes);
  }
  writer.commit();
  producer.join();
  for (auto& w : workers) w.join();
  progress.clear();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

std::string failure_reason(std::string_view message, std::string_view file) {
  std::string_view m = message;
  if (file.empty()) {
    // No file known: the message still starts with a path when its first word ends in ':'.
    const size_t colon = m.find(": ");
    if (colon != std::string_view::npos && m.substr(0, colon).find(' ') == std::string_view::npos) {
      file = m.substr(0, std::min(colon, m.find(':')));
    }
  }
  if (!file.empty() && m.starts_with(file)) {
    m.remove_prefix(file.size());
    for (int i = 0;
         i < 2 && m.size() > 1 && m[0] == ':' && std::isdigit(static_cast<unsigned char>(m[1]));
         ++i) {
      m.remove_prefix(1);
      while (!m.empty() && std::isdigit(static_cast<unsigned char>(m[0]))) m.remove_prefix(1);
    }
    if (m.starts_with(": "))
      m.remove_prefix(2);
  }
  size_t end = m.size();
  for (size_t i = 0; i < m.size(); ++i) {
    const char c = m[i];
    const bool number = std::isdigit(static_cast<unsigned char>(c)) && (i == 0 || m[i - 1] == ' ');
    if (c == ':' || c == '(' || c == '\'' || c == '"' || number ||
        (c == ' ' && m.substr(i).starts_with(" 0x"))) {
      end = i;
      break;
    }
  }
  std::string_view r = m.substr(0, end);
  while (!r.empty() && (r.back() == ' ' || r.back() == ',' || r.back() == ';')) r.remove_suffix(1);
  return r.empty() ? std::string(m) : std::string(r);
}

void write_summary(std::ostream& out, const ImportSummary& s) {
  out << "documents: " << (s.added + s.updated + s.unchanged) << " imported (" << s.added
      << " new, " << s.unchanged << " unchanged, " << s.updated << " updated), " << s.failed
      << " failed\n";
  if (s.duplicates > 0) {
    out << "           " << s.duplicates << " had the content of a stored document (kept once)\n";
  }
  out << "events:    " << s.events << " new";
  if (s.curated_events > 0)
    out << " (" << s.curated_events << " curated)";
  out << ", " << s.links << " links\n";
  if (!s.reasons.empty()) {
    out << "failures: ";
    bool first = true;
    for (const auto& [reason, n] : s.reasons) {
      out << (first ? " " : ", ") << reason << " (" << n << ")";
      first = false;
    }
    out << '\n';
  }
}

}  // namespace causeline::importers
