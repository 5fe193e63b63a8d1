#include "importers/import_runner.hpp"

#include <algorithm>

#include "importers/readers/reader.hpp"

namespace causeline::importers {

std::vector<std::filesystem::path> expand_inputs(std::span<const std::filesystem::path> inputs,
                                                 std::vector<std::string>& errors) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const fs::path& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      std::vector<fs::path> found;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) {
          bool known = false;
          for (const Reader& r : readers()) known = known || r.accepts(it->path(), {});
          if (known) found.push_back(it->path());
        }
      }
      if (ec) errors.push_back(in.string() + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(in, ec)) {
      files.push_back(in);
    } else {
      errors.push_back(in.string() + ": no such file or folder");
    }
  }
  return files;
}

ImportSummary import_inputs(store::Store& store, const Pipeline& pipeline,
                            std::span<const std::filesystem::path> inputs, std::ostream& err) {
  ImportSummary summary;
  auto fail = [&](const std::string& message) {
    ++summary.failed;
    summary.errors.push_back(message);
    err << "causeline: error: " << message << '\n';
  };
  std::vector<std::string> expand_errors;
  auto files = expand_inputs(inputs, expand_errors);
  for (const auto& e : expand_errors) fail(e);
  for (const auto& file : files) {
    read_file(file, [&](Result<Document> doc) {
      if (!doc) {
        fail(doc.error().message);
        return;
      }
      // Skip the extraction work when the stored copy is identical.
      if (store.content_hash(doc->id) == doc->content_hash) {
        ++summary.unchanged;
        return;
      }
      try {
        Processed p = pipeline.process(std::move(*doc));
        switch (store.put(p.doc, p.extraction.events, p.extraction.links)) {
          case store::PutOutcome::added: ++summary.added; break;
          case store::PutOutcome::updated: ++summary.updated; break;
          case store::PutOutcome::unchanged: ++summary.unchanged; return;
        }
        summary.events += p.extraction.events.size();
        summary.links += p.extraction.links.size();
      } catch (const std::exception& e) {
        fail(file.string() + ": " + e.what());
      }
    });
  }
  return summary;
}

}  // namespace causeline::importers
