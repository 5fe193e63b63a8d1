#include "importers/import_units.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "importers/input_walker.hpp"

namespace causeline::importers {
namespace {

// A JSON Lines chunk is one unit of work: small enough that the workers finish theirs at nearly
// the same time (the writer takes results in input order) and that few are held at once.
constexpr size_t kChunkBytes = 256u << 10;
constexpr size_t kChunkLines = 64;
constexpr uint64_t kMaxFileBytes = 1ull << 30;
// No article is this long; a text this size is a dump to split, and extraction time grows with
// sentence length, so it is refused with a clear error instead of stalling the import.
constexpr size_t kMaxArticleBytes = 8u << 20;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

/// Streams a JSON Lines source in chunks of whole lines; nothing is held beyond one chunk.
void stream_lines(std::istream& in, const std::filesystem::path& name, const Reader* reader,
                  const std::function<void(Unit)>& emit) {
  Unit u;
  u.file = name;
  u.reader = reader;
  size_t line_no = 0, lines_in_chunk = 0;
  bool any = false;
  std::string line;
  auto flush = [&] {
    if (u.bytes.empty() && u.input_bytes == 0)
      return;
    Unit out = std::move(u);
    u = Unit{};
    u.file = name;
    u.reader = reader;
    lines_in_chunk = 0;
    if (!out.bytes.empty()) {
      emit(std::move(out));
    }
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF"))
      line.erase(0, 3);
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (u.first_line == 0) {
      u.first_line = line_no;
      u.bytes.reserve(kChunkBytes);  // a chunk's lines are copied in once, not on every growth
    }
    u.input_bytes += line.size() + 1;
    any = any || !blank(line);
    u.bytes += line;
    u.bytes += '\n';
    if (++lines_in_chunk >= kChunkLines || u.bytes.size() >= kChunkBytes)
      flush();
  }
  flush();
  if (in.bad()) {
    Unit e;
    e.file = name;
    e.error = name.string() + ":" + std::to_string(line_no + 1) + ": read error";
    emit(std::move(e));
  } else if (!any) {
    Unit e;
    e.file = name;
    e.error = name.string() + ": empty file";
    emit(std::move(e));
  }
}

/// Reads `f` from its current position to its end into `out`, in blocks (a file `size_hint`
/// bytes long, as the file system said, is read with one allocation); false on a read error.
bool read_rest(std::ifstream& f, uint64_t size_hint, std::string& out) {
  out.clear();
  size_t block = static_cast<size_t>(size_hint) + 1;  // the extra byte finds the end at once
  for (;;) {
    const size_t at = out.size();
    out.resize(at + block);
    f.read(out.data() + at, static_cast<std::streamsize>(block));
    out.resize(at + static_cast<size_t>(f.gcount()));
    if (!f)
      return !f.bad();
    block = std::max<size_t>(out.size(), 1u << 16);  // the file grew: read on
  }
}

Unit error_unit(const std::filesystem::path& file, std::string message) {
  Unit u;
  u.file = file;
  u.error = std::move(message);
  return u;
}

}  // namespace

void produce_units(std::span<const std::filesystem::path> inputs, std::istream& in,
                   const std::function<void(Unit)>& emit) {
  InputWalker walker(inputs);
  std::string error;
  for (;;) {
    std::optional<std::filesystem::path> p;
    try {
      p = walker.next(error);
    } catch (const std::exception& e) {
      emit(error_unit({}, std::string("walking the inputs: ") + e.what()));
      break;
    }
    if (!p) {
      if (error.empty())
        break;
      emit(error_unit({}, error));
      continue;
    }
    if (*p == "-") {
      stream_lines(in, "<stdin>", find_reader("-", {}), emit);
      continue;
    }
    std::ifstream f(*p, std::ios::binary);
    if (!f) {
      emit(error_unit(*p, p->string() + ": cannot open file"));
      continue;
    }
    std::string head(1024, '\0');
    f.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(f.gcount()));
    const Reader* reader = find_reader(*p, head);
    if (!reader) {
      Unit u;
      u.file = *p;
      u.bytes = std::move(head);  // read_bytes reports the unsupported type
      emit(std::move(u));
      continue;
    }
    f.clear();
    f.seekg(0);
    if (reader->line_records) {
      stream_lines(f, *p, reader, emit);
      continue;
    }
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(*p, ec);
    if (!ec && size > kMaxFileBytes) {
      emit(error_unit(*p, p->string() + ": file too large (" + std::to_string(size >> 20) +
                              " MiB; split it or use JSON Lines)"));
      continue;
    }
    Unit u;
    u.file = *p;
    u.reader = reader;
    if (!read_rest(f, ec ? 0 : size, u.bytes)) {
      emit(error_unit(*p, p->string() + ": read error"));
      continue;
    }
    u.input_bytes = u.bytes.size();
    emit(std::move(u));
  }
}

UnitProcessor::UnitProcessor(const Pipeline& pipeline, const std::filesystem::path& lookup_db)
    : pipeline_(pipeline) {
  std::error_code ec;
  if (!lookup_db.empty() && lookup_db != ":memory:" && std::filesystem::exists(lookup_db, ec)) {
    try {
      lookup_ = std::make_unique<store::Lookup>(lookup_db);
    } catch (const std::exception&) {
      lookup_.reset();  // no shortcut: every document is extracted, put() still decides
    }
  }
}

UnitProcessor::~UnitProcessor() = default;

Done UnitProcessor::run(Unit u) {
  Done d;
  d.file = u.file.string();
  d.input_bytes = u.input_bytes;
  d.unit_bytes = u.bytes.size();
  auto sink_for = [&](const std::string& where) {
    return RecordSink([&d, this, where](Result<Record> r) {
      if (!r) {
        Item it;
        it.error = r.error().message;
        d.items.push_back(std::move(it));
      } else {
        handle(d, where, std::move(*r));
      }
    });
  };
  try {
    if (!u.error.empty()) {
      Item it;
      it.error = u.error;
      d.items.push_back(std::move(it));
    } else if (u.first_line > 0) {
      size_t pos = 0, line_no = u.first_line;
      const std::string_view bytes = u.bytes;
      while (pos < bytes.size()) {
        size_t eol = bytes.find('\n', pos);
        if (eol == std::string_view::npos)
          eol = bytes.size();
        const std::string_view line = bytes.substr(pos, eol - pos);
        const std::string where = d.file + ":" + std::to_string(line_no);
        if (!blank(line))
          sink_for(where)(u.reader->read_line(where, line));
        pos = eol + 1;
        ++line_no;
      }
    } else if (u.reader) {
      u.reader->read(u.file, u.bytes, sink_for(d.file));
    } else {
      read_bytes(u.file, u.bytes, sink_for(d.file));
    }
  } catch (const std::exception& e) {
    Item it;
    it.error = d.file + ": cannot read: " + e.what();
    d.items.push_back(std::move(it));
  }
  return d;
}

void UnitProcessor::handle(Done& d, const std::string& where, Record rec) {
  Item it;
  it.where = where;
  it.text_bytes = rec.doc.text.size();
  it.rec = std::move(rec);
  if (lookup_) {
    try {
      it.known = lookup_->known(it.rec.doc.id, it.rec.doc.content_hash).has_value();
    } catch (const std::exception&) {
      it.known = false;
    }
  }
  if (!it.known && !it.rec.curated && it.rec.doc.text.size() > kMaxArticleBytes) {
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", static_cast<double>(it.rec.doc.text.size()) / 1e6);
    it.error = where + ": document too large (" + size + " MB of text; the limit is " +
               std::to_string(kMaxArticleBytes >> 20) + " MiB: split it into articles)";
    it.rec = Record{};
  } else if (!it.known) {
    try {
      extract_now(pipeline_, it);
    } catch (const std::exception& e) {
      it.error = where + ": cannot process document '" + it.rec.doc.id + "': " + e.what();
    }
  }
  d.items.push_back(std::move(it));
}

void extract_now(const Pipeline& pipeline, Item& item) {
  if (item.rec.curated) {
    Document& doc = item.rec.doc;
    if (doc.lang.empty())
      doc.lang = pipeline.language_identifier().identify(doc.text);
    for (Event& e : item.rec.events) {
      for (Source& s : e.sources) {
        if (s.lang.empty())
          s.lang = doc.lang;
      }
    }
    return;
  }
  Processed p = pipeline.process(std::move(item.rec.doc));
  item.rec.doc = std::move(p.doc);
  item.ex = std::move(p.extraction);
}

}  // namespace causeline::importers
